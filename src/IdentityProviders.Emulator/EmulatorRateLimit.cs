namespace IdentityProviders.Emulator;

/// <summary>
/// A fixed-window request limit applied to each emulated vendor separately, like the vendors' own API limits (e.g.
/// Cloudflare's 1,200 requests per 5 minutes, scaled down for tests). Requests over the limit get HTTP 429 with
/// <c>Retry-After</c> (whole seconds until the window ends) and the vendor's error body.
/// </summary>
/// <param name="PermitLimit">Requests allowed per vendor per window.</param>
/// <param name="Window">The window length.</param>
public sealed record EmulatorRateLimit(int PermitLimit, TimeSpan Window)
{
    /// <summary>Cloudflare's documented global limit: 1,200 requests per 5 minutes.</summary>
    public static EmulatorRateLimit Cloudflare { get; } = new(1200, TimeSpan.FromMinutes(5));

    /// <summary>Scales the limit down by <paramref name="factor"/> in both requests and time (the same rate, shorter bursts).</summary>
    /// <param name="factor">How many times smaller; at least 1.</param>
    /// <returns>The scaled limit.</returns>
    public EmulatorRateLimit ScaledDown(int factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        return new(Math.Max(1, PermitLimit / factor), Window / factor);
    }
}
