using Microsoft.Extensions.Logging;

namespace IdentityProviders.Sdk.Http;

/// <summary>Options every vendor client shares: endpoint, time budget, retries, pagination limits, logging.</summary>
public abstract class IdentityProviderClientOptions
{
    /// <summary>The API base URL. A path is kept (e.g. <c>https://api.cloudflare.com/client/v4</c>).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Whether a plain <c>http://</c> <see cref="BaseAddress"/> is accepted for a host other than loopback. Credentials
    /// would cross the network in clear text, so this is refused unless set (loopback, e.g. a local emulator, is always
    /// allowed). The SDK never disables TLS certificate validation; configure your own handler if you must.
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Total time budget of one operation (one page, for listings), all attempts and backoff included.
    /// <value>The default value is 100 s.</value>
    /// </summary>
    public TimeSpan Timeout { get; set; } = HttpDefaults.Timeout;

    /// <summary>Retry and per-attempt timeout policy.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>Safety limits of listings.</summary>
    public PaginationOptions Pagination { get; set; } = new();

    /// <summary>
    /// Largest response body read into memory; a larger one fails with <see cref="IdentityProviderResponseFormatException"/>.
    /// <value>The default value is 16 MiB.</value>
    /// </summary>
    public long MaxResponseContentBytes { get; set; } = HttpDefaults.MaxResponseContentBytes;

    /// <summary>
    /// Most concurrent connections to the vendor's server, for the client created directly and for the one registered
    /// with <c>AddXxxClient</c> (whose <c>IHttpClientFactory</c> handler the SDK configures, unless the application sets
    /// its own primary handler). Requests beyond it wait for a free connection instead of opening more sockets.
    /// <value>The default value is 20.</value>
    /// </summary>
    public int MaxConnectionsPerServer { get; set; } = HttpDefaults.MaxConnectionsPerServer;

    /// <summary>
    /// Whether request and response bodies are logged (at Trace level, secrets redacted by name, truncated).
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool LogBodies { get; set; }

    /// <summary>Where HTTP logs go; <see langword="null"/> for none (DI registrations use the container's factory).</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock used for backoff, token expiry and <c>Retry-After</c> dates.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Appended to the <c>User-Agent</c> header, e.g. <c>my-admin-tool/1.2</c>.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>Checks the shared options; vendors add their own checks.</summary>
    /// <returns>The problems found; empty when valid.</returns>
    public virtual IEnumerable<string> Validate()
    {
        if (BaseAddress is null)
        {
            yield return "BaseAddress is required.";
        }
        else if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            yield return "BaseAddress must be an absolute http(s) URL.";
        }
        else if (BaseAddress.Scheme == Uri.UriSchemeHttp && !BaseAddress.IsLoopback && !AllowInsecureHttp)
        {
            yield return $"BaseAddress http://{BaseAddress.Authority}/ uses plain http:// for a host that is not loopback: credentials would travel in clear text. Use https://, or set AllowInsecureHttp if the network is trusted.";
        }

        if (Timeout <= TimeSpan.Zero)
        {
            yield return "Timeout must be positive.";
        }

        if (Retry is null)
        {
            yield return "Retry is required.";
        }
        else
        {
            if (Retry.MaxRetries is < 0 or > 100)
            {
                yield return "Retry.MaxRetries must be between 0 and 100.";
            }

            if (Retry.AttemptTimeout <= TimeSpan.Zero)
            {
                yield return "Retry.AttemptTimeout must be positive.";
            }

            if (Retry.BaseDelay < TimeSpan.Zero || Retry.MaxDelay < Retry.BaseDelay)
            {
                yield return "Retry.BaseDelay must be >= 0 and <= Retry.MaxDelay.";
            }

            if (Retry.MaxRetryAfter < TimeSpan.Zero)
            {
                yield return "Retry.MaxRetryAfter must be >= 0.";
            }
        }

        if (Pagination is null || Pagination.MaxPages < 1)
        {
            yield return "Pagination.MaxPages must be at least 1.";
        }

        if (MaxResponseContentBytes < 1024)
        {
            yield return "MaxResponseContentBytes must be at least 1024.";
        }

        if (MaxConnectionsPerServer < 1)
        {
            yield return "MaxConnectionsPerServer must be at least 1.";
        }

        if (TimeProvider is null)
        {
            yield return "TimeProvider is required.";
        }
    }

    /// <summary>Throws when <see cref="Validate"/> finds problems.</summary>
    /// <param name="paramName">The name of the parameter that carried the options.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public void ThrowIfInvalid(string paramName)
    {
        var problems = Validate().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"{GetType().Name} is invalid: {string.Join(" ", problems)}", paramName);
        }
    }
}
