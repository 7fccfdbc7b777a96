using System.Net.Http.Headers;
using System.Text;
using IdentityProviders.Sdk.Json;
using Microsoft.Extensions.Logging;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// Logs each HTTP attempt: method, URL, status, duration and allow-listed headers. Other headers (Authorization,
/// API keys, cookies) are never logged. Bodies are logged only when enabled, at Trace level, with secret JSON fields
/// redacted by name and long bodies truncated. Values the request carried as secrets (its credentials, secret fields
/// of its body) are scrubbed from logged response headers and bodies wherever a server echoes them, and kept on the
/// request of an error response so that the exception built from it can be scrubbed too.
/// </summary>
public sealed class RedactingLoggingHandler : DelegatingHandler
{
    /// <summary>Headers whose values may be logged; all others are written as <c>***</c> or omitted.</summary>
    public static readonly IReadOnlySet<string> AllowedHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Content-Type", "Content-Length", "User-Agent", "Retry-After", "Link", "Location", "Date",
        "x-request-id", "request-id", "cf-ray", "x-result-count", "x-zitadel-orgid", "x-ratelimit-limit",
        "x-ratelimit-remaining", "x-ratelimit-reset", "ratelimit", "ratelimit-policy", "traceparent",
    };

    private readonly ILogger _logger;
    private readonly bool _logBodies;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the handler.</summary>
    /// <param name="logger">The logger.</param>
    /// <param name="logBodies">Whether to log bodies (redacted) at Trace level.</param>
    /// <param name="timeProvider">The clock for durations.</param>
    public RedactingLoggingHandler(ILogger logger, bool logBodies = false, TimeProvider? timeProvider = null)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _logBodies = logBodies;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_logger.IsEnabled(LogLevel.Debug))
        {
            var unlogged = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!unlogged.IsSuccessStatusCode)
            {
                // The error path: keep the request's secrets for the exception, which is built after the request
                // (and its body) may have been disposed.
                await RequestSecrets.CaptureAsync(request, cancellationToken).ConfigureAwait(false);
            }

            return unlogged;
        }

        _logger.LogDebug("HTTP {Method} {Url} {Headers}", request.Method, request.RequestUri, FormatHeaders(request.Headers, request.Content?.Headers));
        if (_logBodies && request.Content is not null && _logger.IsEnabled(LogLevel.Trace))
        {
            var body = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogTrace("HTTP request body {Body}", RedactBody(body));
        }

        var started = _timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var logBody = _logBodies && _logger.IsEnabled(LogLevel.Trace);

            // A server may echo what the request carried (its credentials, the secrets in its body) in an allow-listed
            // header or in its body: those values are scrubbed from the log lines, whatever field they appear in.
            var secrets = logBody || !response.IsSuccessStatusCode
                ? await RequestSecrets.CaptureAsync(request, cancellationToken).ConfigureAwait(false)
                : RequestSecrets.FromHeaders(request);
            var headers = secrets.Scrub(FormatHeaders(response.Headers, response.Content.Headers));
            _logger.LogDebug(
                "HTTP {Method} {Url} -> {Status} in {ElapsedMs} ms {Headers}",
                request.Method,
                request.RequestUri,
                (int)response.StatusCode,
                (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds,
                headers);
            if (_logBodies && _logger.IsEnabled(LogLevel.Trace))
            {
                try
                {
#if NET9_0_OR_GREATER
                    await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
                    await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
                }
                catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
                {
                    throw new ResponseDecodingException((int)response.StatusCode, e);
                }

                // Decoded as UTF-8 whatever charset the server claims: an unknown charset must not fail the request.
                var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var body = RedactBody(secrets.Scrub(Encoding.UTF8.GetString(bytes)));
                _logger.LogTrace("HTTP response body {Body}", body);
            }

            return response;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            _logger.LogDebug("HTTP {Method} {Url} failed after {ElapsedMs} ms: {Error}", request.Method, request.RequestUri, (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds, e.GetType().Name);
            throw;
        }
    }

    /// <summary>Formats headers for a log line: allow-listed values, other names with a masked value.</summary>
    /// <param name="headers">Message headers.</param>
    /// <param name="contentHeaders">Content headers, if any.</param>
    /// <returns>The formatted headers.</returns>
    public static string FormatHeaders(HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var text = new StringBuilder();
        foreach (var header in contentHeaders is null ? headers : headers.Concat(contentHeaders))
        {
            text.Append(text.Length == 0 ? "[" : ", ").Append(header.Key).Append('=');
            text.Append(AllowedHeaders.Contains(header.Key) ? string.Join(",", header.Value) : "***");
        }

        return text.Length == 0 ? "[]" : text.Append(']').ToString();
    }

    private static string RedactBody(string body)
    {
        var redacted = SecretRedactor.RedactText(body);
        return redacted.Length > HttpDefaults.MaxLoggedBodyChars ? string.Concat(redacted.AsSpan(0, HttpDefaults.MaxLoggedBodyChars), "...(truncated)") : redacted;
    }
}
