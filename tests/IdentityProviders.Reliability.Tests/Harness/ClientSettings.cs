using IdentityProviders.Sdk.Http;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// The pipeline settings a scenario runs with. The defaults keep the suite fast (millisecond backoff, short attempt
/// timeout) while keeping the policy's shape: 3 retries, <c>Retry-After</c> honoured up to a cap, a total budget.
/// </summary>
public sealed record ClientSettings
{
    public static ClientSettings Fast { get; } = new();

    public RetryOptions Retry { get; init; } = new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryAfter = TimeSpan.FromSeconds(60),
        AttemptTimeout = TimeSpan.FromSeconds(5),
    };

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public long MaxResponseContentBytes { get; init; } = HttpDefaults.MaxResponseContentBytes;

    public bool LogBodies { get; init; }

    /// <summary>Accepts a plain <c>http://</c> base address for a host that is not loopback.</summary>
    public bool AllowInsecureHttp { get; init; }

    /// <summary>Points the client somewhere else than the vendor's fault server (e.g. a port nobody listens on).</summary>
    public Uri? BaseAddressOverride { get; init; }

    public ClientSettings WithAttemptTimeout(TimeSpan timeout) => this with { Retry = Retry with { AttemptTimeout = timeout } };

    public ClientSettings WithMaxRetryAfter(TimeSpan cap) => this with { Retry = Retry with { MaxRetryAfter = cap } };
}
