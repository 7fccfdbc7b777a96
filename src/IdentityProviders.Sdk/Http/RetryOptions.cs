namespace IdentityProviders.Sdk.Http;

/// <summary>
/// Retry and timeout policy of the HTTP pipeline. Transient failures (network errors, 408, 429, 500, 502, 503, 504,
/// per-attempt timeouts, a connection cut while reading the body) are retried with exponential backoff and jitter,
/// honouring <c>Retry-After</c>. Non-idempotent requests (POST, PATCH, PUT, DELETE not marked idempotent) are only
/// retried when the connection could not be established, since otherwise the server may already have applied them.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>
    /// Retries after the first attempt; 0 disables retries.
    /// <value>The default value is 3.</value>
    /// </summary>
    public int MaxRetries { get; init; } = HttpDefaults.MaxRetries;

    /// <summary>
    /// The backoff before the first retry; doubles on each retry (with jitter).
    /// <value>The default value is 500 ms.</value>
    /// </summary>
    public TimeSpan BaseDelay { get; init; } = HttpDefaults.BaseDelay;

    /// <summary>
    /// The longest computed backoff.
    /// <value>The default value is 30 s.</value>
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = HttpDefaults.MaxDelay;

    /// <summary>
    /// The longest wait a server's <c>Retry-After</c> can impose; longer hints are capped to this.
    /// <value>The default value is 60 s.</value>
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = HttpDefaults.MaxRetryAfter;

    /// <summary>
    /// Whether backoff delays are randomized (decorrelated jitter) so that many clients do not retry in lockstep.
    /// <value>The default value is <see langword="true"/>.</value>
    /// </summary>
    public bool UseJitter { get; init; } = true;

    /// <summary>
    /// The time limit of one attempt, including reading the response body.
    /// <value>The default value is 30 s.</value>
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = HttpDefaults.AttemptTimeout;
}
