namespace IdentityProviders.Sdk.Http;

/// <summary>Every default of the HTTP pipeline, in one place.</summary>
public static class HttpDefaults
{
    /// <summary>Retries after the first attempt: 3.</summary>
    public const int MaxRetries = 3;

    /// <summary>Total time budget of one operation, all attempts and backoff included: 100 s.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(100);

    /// <summary>Time limit of one attempt, body included: 30 s.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>First backoff: 500 ms.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest computed backoff: 30 s.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>Longest honoured <c>Retry-After</c>: 60 s.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>Largest response body read into memory: 16 MiB.</summary>
    public const long MaxResponseContentBytes = 16L * 1024 * 1024;

    /// <summary>Concurrent connections per server: 20.</summary>
    public const int MaxConnectionsPerServer = 20;

    /// <summary>How long a pooled connection lives before DNS is re-resolved: 2 minutes.</summary>
    public static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(2);

    /// <summary>Largest logged body excerpt when body logging is on: 4096 characters.</summary>
    public const int MaxLoggedBodyChars = 4096;
}
