using System.Globalization;
using IdentityProviders.Emulator.Cloudflare;
using IdentityProviders.Emulator.Keycard;
using IdentityProviders.Emulator.Waldur;
using IdentityProviders.Emulator.Zitadel;

namespace IdentityProviders.Emulator.Common;

/// <summary>Applies an <see cref="EmulatorRateLimit"/> per vendor (route prefix), answering 429 in each vendor's error format.</summary>
internal static class RateLimitMiddleware
{
    /// <summary>Adds the limiter; does nothing when <paramref name="limit"/> is <see langword="null"/>.</summary>
    /// <param name="app">The application.</param>
    /// <param name="limit">The limit, or <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="rejected">Counts the 429 answers.</param>
    /// <returns>The application.</returns>
    public static IApplicationBuilder UseVendorRateLimit(this IApplicationBuilder app, EmulatorRateLimit? limit, TimeProvider timeProvider, Counter rejected)
    {
        if (limit is null)
        {
            return app;
        }

        var windows = new Dictionary<string, Window>(StringComparer.Ordinal);
        var gate = new Lock();
        return app.Use(async (context, next) =>
        {
            var vendor = VendorOf(context.Request.Path);
            if (vendor is null)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var now = timeProvider.GetUtcNow();
            TimeSpan? wait;
            lock (gate)
            {
                if (!windows.TryGetValue(vendor, out var window) || now >= window.Start + limit.Window)
                {
                    window = new Window(now);
                    windows[vendor] = window;
                }

                window.Count++;
                wait = window.Count > limit.PermitLimit ? window.Start + limit.Window - now : null;
            }

            if (wait is null)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            rejected.Increment();
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.Value.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var message = $"rate limit of {limit.PermitLimit} requests per {limit.Window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s exceeded; retry in {seconds} s";
            await (vendor switch
            {
                "cloudflare" => CloudflareEnvelope.WriteAsync(context, StatusCodes.Status429TooManyRequests, 971, "Please wait and consider throttling your request speed: " + message),
                "zitadel" => ZitadelErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, 8, message),
                "waldur" => WaldurErrors.WriteDetailAsync(context, StatusCodes.Status429TooManyRequests, $"Request was throttled. Expected available in {seconds} seconds."),
                _ => KeycardErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, message),
            }).ConfigureAwait(false);
        });
    }

    private static string? VendorOf(PathString path) =>
        path.StartsWithSegments(KeycardConstants.RoutePrefix, StringComparison.Ordinal) ? "keycard"
        : path.StartsWithSegments(CloudflareConstants.RoutePrefix, StringComparison.Ordinal) ? "cloudflare"
        : path.StartsWithSegments(ZitadelConstants.RoutePrefix, StringComparison.Ordinal) ? "zitadel"
        : path.StartsWithSegments(WaldurConstants.RoutePrefix, StringComparison.Ordinal) ? "waldur"
        : null;

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Count { get; set; }
    }
}
