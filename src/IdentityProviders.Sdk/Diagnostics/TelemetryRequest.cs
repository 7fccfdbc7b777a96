using System.Diagnostics;
using System.Globalization;
using System.Text;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Diagnostics;

/// <summary>
/// One HTTP request through the resilience pipeline, observed attempt by attempt: an activity and a
/// <c>http.client.request.duration</c> measurement per attempt, a <c>idp.client.retries</c> count per retry, both
/// tagged per OpenTelemetry's HTTP client conventions. Request headers and bodies are never read.
/// </summary>
internal sealed class TelemetryRequest
{
    private readonly IdentityProviderTelemetry _telemetry;
    private readonly TelemetryOperation? _operation;
    private readonly HttpRequestMessage _request;
    private readonly CancellationToken _callerToken;
    private readonly string _method;
    private int _attempts;

    internal TelemetryRequest(IdentityProviderTelemetry telemetry, TelemetryOperation? operation, HttpRequestMessage request, CancellationToken callerToken)
    {
        _telemetry = telemetry;
        _operation = operation;
        _request = request;
        _callerToken = callerToken;
        _method = KnownMethod(request.Method);
    }

    /// <summary>Starts an attempt: its activity (a child of the operation's) becomes <see cref="Activity.Current"/>.</summary>
    /// <returns>The attempt.</returns>
    internal Attempt StartAttempt()
    {
        var resendCount = _attempts++;
        var activity = _telemetry.ActivitySource.StartActivity(_method == "_OTHER" ? "HTTP" : _method, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryNames.HttpRequestMethod, _method);
            if (_request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                activity.SetTag(TelemetryNames.ServerAddress, uri.Host);
                activity.SetTag(TelemetryNames.ServerPort, uri.Port);
                activity.SetTag(TelemetryNames.UrlFull, RedactUrl(uri));
            }

            if (resendCount > 0)
            {
                activity.SetTag(TelemetryNames.HttpRequestResendCount, resendCount);
            }

            activity.SetTag(TelemetryNames.Vendor, _telemetry.Vendor);
            if (_operation is not null)
            {
                activity.SetTag(TelemetryNames.Operation, _operation.Name);
            }
        }

        return new Attempt(activity, Stopwatch.GetTimestamp());
    }

    /// <summary>Ends an attempt with its response or its exception.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="response">The response, when one was received.</param>
    /// <param name="exception">The failure, when no response was received.</param>
    internal void EndAttempt(Attempt attempt, HttpResponseMessage? response, Exception? exception)
    {
        int? status = response is null ? null : (int)response.StatusCode;
        var errorType = status is >= 400 ? status.Value.ToString(CultureInfo.InvariantCulture) : exception is null ? null : ErrorTypeOf(exception);
        if (status is not null && _operation is not null)
        {
            _operation.StatusCode = status;
        }

        if (attempt.Activity is { } activity)
        {
            if (activity.IsAllDataRequested)
            {
                if (status is not null)
                {
                    activity.SetTag(TelemetryNames.HttpResponseStatusCode, status.Value);
                }

                if (errorType is not null)
                {
                    activity.SetTag(TelemetryNames.ErrorType, errorType);
                }
            }

            if (errorType is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }

            activity.Stop();
        }

        var histogram = _telemetry.RequestDuration;
        if (histogram.Enabled)
        {
            var tags = new TagList { { TelemetryNames.HttpRequestMethod, _method } };
            if (_request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                tags.Add(TelemetryNames.ServerAddress, uri.Host);
                tags.Add(TelemetryNames.ServerPort, uri.Port);
                tags.Add(TelemetryNames.UrlScheme, uri.Scheme);
            }

            if (status is not null)
            {
                tags.Add(TelemetryNames.HttpResponseStatusCode, status.Value);
            }

            if (errorType is not null)
            {
                tags.Add(TelemetryNames.ErrorType, errorType);
            }

            tags.Add(TelemetryNames.Vendor, _telemetry.Vendor);
            if (_operation is not null)
            {
                tags.Add(TelemetryNames.Operation, _operation.Name);
            }

            histogram.Record(Stopwatch.GetElapsedTime(attempt.Started).TotalSeconds, tags);
        }
    }

    /// <summary>Counts a retry decided after an attempt that ended with <paramref name="response"/> or <paramref name="exception"/>.</summary>
    /// <param name="response">The response that is retried, if any.</param>
    /// <param name="exception">The failure that is retried, if any.</param>
    internal void Retrying(HttpResponseMessage? response, Exception? exception)
    {
        _operation?.AddRetry();
        var counter = _telemetry.Retries;
        if (counter.Enabled)
        {
            var tags = new TagList { { TelemetryNames.Vendor, _telemetry.Vendor }, { TelemetryNames.HttpRequestMethod, _method } };
            if (_operation is not null)
            {
                tags.Add(TelemetryNames.Operation, _operation.Name);
            }

            var errorType = response is not null ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : exception is null ? null : ErrorTypeOf(exception);
            if (errorType is not null)
            {
                tags.Add(TelemetryNames.ErrorType, errorType);
            }

            counter.Add(1, tags);
        }
    }

    /// <summary>The <c>error.type</c> of a failed attempt.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>E.g. <c>timeout</c>, <c>connection_error</c>, or the exception's full type name.</returns>
    internal string ErrorTypeOf(Exception exception) => exception switch
    {
        // Cancelled but not by the caller: the per-attempt or total timeout of the pipeline.
        OperationCanceledException when !_callerToken.IsCancellationRequested => "timeout",
        Polly.Timeout.TimeoutRejectedException => "timeout",
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => HttpRequestErrorName(http.HttpRequestError),
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    /// <summary>
    /// Renders a URL for <c>url.full</c>: no user info, no fragment, and the value of every query parameter whose name
    /// denotes a secret (<see cref="SecretRedactor.IsSecretName"/>, plus OpenTelemetry's signature parameters) replaced
    /// by <c>REDACTED</c>.
    /// </summary>
    /// <param name="uri">An absolute URL.</param>
    /// <returns>The URL to show.</returns>
    internal static string RedactUrl(Uri uri)
    {
        var withoutQuery = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        var query = uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
        if (query.Length == 0)
        {
            return withoutQuery;
        }

        var text = new StringBuilder(withoutQuery.Length + query.Length + 1).Append(withoutQuery).Append('?');
        var first = true;
        foreach (var part in query.Split('&'))
        {
            if (!first)
            {
                text.Append('&');
            }

            first = false;
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            if (equals >= 0 && IsSecretParameter(Uri.UnescapeDataString(name)))
            {
                text.Append(name).Append("=REDACTED");
            }
            else
            {
                text.Append(part);
            }
        }

        return text.ToString();
    }

    private static bool IsSecretParameter(string name)
    {
        if (SecretRedactor.IsSecretName(name))
        {
            return true;
        }

        var normalized = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not ('_' or '-' or '.'))
            {
                normalized.Append(char.ToLowerInvariant(c));
            }
        }

        // OpenTelemetry's default list of query parameters whose values url.full must not show.
        return normalized.ToString() is "awsaccesskeyid" or "signature" or "sig" or "xgoogsignature";
    }

    private static string KnownMethod(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Delete
        || method == HttpMethod.Patch || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace
        || method == HttpMethod.Connect
            ? method.Method
            : "_OTHER";

    // The names .NET's own HttpClient metrics use for error.type.
    private static string HttpRequestErrorName(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "name_resolution_error",
        HttpRequestError.ConnectionError => "connection_error",
        HttpRequestError.SecureConnectionError => "secure_connection_error",
        HttpRequestError.HttpProtocolError => "http_protocol_error",
        HttpRequestError.ExtendedConnectNotSupported => "extended_connect_not_supported",
        HttpRequestError.VersionNegotiationError => "version_negotiation_error",
        HttpRequestError.UserAuthenticationError => "user_authentication_error",
        HttpRequestError.ProxyTunnelError => "proxy_tunnel_error",
        HttpRequestError.InvalidResponse => "invalid_response",
        HttpRequestError.ResponseEnded => "response_ended",
        HttpRequestError.ConfigurationLimitExceeded => "configuration_limit_exceeded",
        _ => "_OTHER",
    };

    /// <summary>One attempt in flight.</summary>
    /// <param name="Activity">Its activity, when sampled.</param>
    /// <param name="Started">Its start timestamp (<see cref="Stopwatch.GetTimestamp"/>).</param>
    internal readonly record struct Attempt(Activity? Activity, long Started);
}
