using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IdentityProviders.Sdk.Diagnostics;
using Polly.Timeout;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// Runs one vendor operation over the HTTP pipeline and turns every outcome into the SDK's contract: the typed value on
/// success, otherwise an <see cref="IdentityProviderException"/> naming vendor, operation, status, vendor error and
/// request id. No <see cref="JsonException"/> or <see cref="HttpRequestException"/> escapes. With
/// <see cref="Telemetry"/>, each operation is an activity (<c>{vendor} {operation}</c>) and an
/// <c>idp.client.operation.duration</c> measurement.
/// </summary>
public sealed class VendorApiRunner
{
    private static readonly string[] DefaultRequestIdHeaders = ["x-request-id", "request-id", "x-amzn-requestid", "cf-ray"];
    private readonly ErrorBodyParser? _errorParser;
    private readonly IReadOnlyList<string> _requestIdHeaders;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the runner.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="errorParser">Parses the vendor's error body.</param>
    /// <param name="requestIdHeaders">Response headers that carry the request id, first match wins.</param>
    /// <param name="timeProvider">The clock for <c>Retry-After</c> dates.</param>
    /// <param name="telemetry">The vendor SDK's activity source and meter; <see langword="null"/> for none.</param>
    public VendorApiRunner(string vendor, ErrorBodyParser? errorParser, IReadOnlyList<string>? requestIdHeaders = null, TimeProvider? timeProvider = null, IdentityProviderTelemetry? telemetry = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(vendor);
        Vendor = vendor;
        Telemetry = telemetry;
        _errorParser = errorParser;
        _requestIdHeaders = requestIdHeaders ?? DefaultRequestIdHeaders;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The vendor.</summary>
    public string Vendor { get; }

    /// <summary>The vendor SDK's activity source and meter, if any (pass it on to <see cref="PagerContext.Telemetry"/>).</summary>
    public IdentityProviderTelemetry? Telemetry { get; }

    /// <summary>Sends a request and deserializes its JSON body.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="operation">The operation name for errors, e.g. <c>providers.list</c>.</param>
    /// <param name="retrySafe">Whether the request is a read (idempotent); decides whether a timeout leaves the outcome unknown.</param>
    /// <param name="send">Sends the request (usually a Refit method returning <see cref="HttpResponseMessage"/>).</param>
    /// <param name="typeInfo">Source-generated metadata of the body.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The value and response metadata.</returns>
    public async Task<VendorResponse<T>> SendAsync<T>(string operation, bool retrySafe, Func<CancellationToken, Task<HttpResponseMessage>> send, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return await ObserveAsync(operation, () => SendAndReadAsync(operation, retrySafe, send, typeInfo, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Sends a request whose successful response has no body of interest (e.g. DELETE 204).</summary>
    /// <param name="operation">The operation name for errors.</param>
    /// <param name="retrySafe">Whether the request is idempotent.</param>
    /// <param name="send">Sends the request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The status, request id and headers.</returns>
    public async Task<VendorResponse<int>> SendAsync(string operation, bool retrySafe, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(send);
        return await ObserveAsync(operation, () => SendWithoutBodyAsync(operation, retrySafe, send, cancellationToken)).ConfigureAwait(false);
    }

    // Runs one operation inside its telemetry operation (activity + duration), when anyone listens.
    private async Task<VendorResponse<T>> ObserveAsync<T>(string operation, Func<Task<VendorResponse<T>>> run)
    {
        var observed = Telemetry?.StartOperation(operation);
        if (observed is null)
        {
            return await run().ConfigureAwait(false);
        }

        try
        {
            var result = await run().ConfigureAwait(false);
            observed.Succeeded(result.StatusCode);
            return result;
        }
        catch (Exception e)
        {
            observed.Failed(e);
            throw;
        }
        finally
        {
            observed.EndByRunner();
        }
    }

    private async Task<VendorResponse<T>> SendAndReadAsync<T>(string operation, bool retrySafe, Func<CancellationToken, Task<HttpResponseMessage>> send, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(operation, retrySafe, send, cancellationToken).ConfigureAwait(false);
        var requestId = RequestId(response.Headers);
        var status = (int)response.StatusCode;
        T? value = default;
        var empty = false;
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                empty = stream.CanSeek && stream.Length == 0;
                if (!empty)
                {
                    value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (JsonException e)
        {
            throw await ScrubbedFormatErrorAsync(operation, response, status, requestId, $"the response body is not the expected JSON ({Describe(response)}; {ResponseBodyErrors.Describe(e)})", ResponseBodyErrors.Sanitize(e), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            throw await ScrubbedFormatErrorAsync(operation, response, status, requestId, $"the response body could not be read ({ResponseBodyErrors.Describe(e)})", ResponseBodyErrors.Sanitize(e), cancellationToken).ConfigureAwait(false);
        }

        if (value is null)
        {
            throw await ScrubbedFormatErrorAsync(operation, response, status, requestId, empty ? "the response body is empty" : "the response body is JSON null", null, cancellationToken).ConfigureAwait(false);
        }

        return new VendorResponse<T>(value, status, requestId, response.Headers);
    }

    private async Task<VendorResponse<int>> SendWithoutBodyAsync(string operation, bool retrySafe, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(operation, retrySafe, send, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        return new VendorResponse<int>(status, status, RequestId(response.Headers), response.Headers);
    }

    private async Task<HttpResponseMessage> SendCoreAsync(string operation, bool retrySafe, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(send);
        HttpResponseMessage response;
        try
        {
            response = await send(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not IdentityProviderException && MapTransportFailure(operation, retrySafe, e, cancellationToken) is { } mapped)
        {
            throw mapped;
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await CreateApiExceptionAsync(operation, response, cancellationToken).ConfigureAwait(false);
        }
    }

    // Request generators (Refit wraps transport failures in its own ApiRequestException) may wrap the pipeline's
    // exceptions: look through the chain for the cause that decides the outcome.
    private Exception? MapTransportFailure(string operation, bool retrySafe, Exception exception, CancellationToken cancellationToken)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case OperationCanceledException when cancellationToken.IsCancellationRequested:
                    return e == exception ? null : new OperationCanceledException(e.Message, e, cancellationToken);
                case TimeoutRejectedException:
                    return Timeout(operation, retrySafe, e);
                case OperationCanceledException:
                    // Not the caller's token: a timeout further down the stack (e.g. HttpClient.Timeout).
                    return Timeout(operation, retrySafe, e);
                case ResponseTooLargeException tooLarge:
                    return FormatError(operation, tooLarge.StatusCode, null, tooLarge.Message, tooLarge);
                case ResponseDecodingException decoding:
                    return FormatError(operation, decoding.StatusCode, null, decoding.Message, decoding);
                case HttpRequestException http:
                    return new IdentityProviderConnectionException($"{Vendor} {operation} failed: {DescribeNetworkError(http)}.", Vendor, operation, http);
                case IOException io:
                    return new IdentityProviderConnectionException($"{Vendor} {operation} failed: the connection broke while reading the response ({io.Message}).", Vendor, operation, io);
            }
        }

        return null;
    }

    /// <summary>Builds the typed exception for an error response.</summary>
    /// <param name="operation">The operation name.</param>
    /// <param name="response">The error response.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The exception (not thrown).</returns>
    public async Task<IdentityProviderApiException> CreateApiExceptionAsync(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        VendorErrorBody? parsed = null;
        var messages = new List<string>();
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length > 0)
            {
                try
                {
                    using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
                    parsed = _errorParser?.Invoke(document.RootElement);
                    if (parsed is null)
                    {
                        messages.Add($"unrecognized JSON error body ({bytes.Length} bytes)");
                    }
                }
                catch (JsonException)
                {
                    messages.Add($"non-JSON error body ({Describe(response)})");
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            messages.Add("the error body could not be read");
        }

        if (parsed is null && messages.Count == 0 && !string.IsNullOrEmpty(response.ReasonPhrase))
        {
            messages.Add(response.ReasonPhrase);
        }

        // A server may echo the caller's credentials or the secrets it was sent (in a message, a field error, a
        // request id header): whatever the request carried is scrubbed before the exception exists.
        var secrets = await RequestSecrets.ForResponseAsync(response, cancellationToken).ConfigureAwait(false);
        return ApiExceptionFactory.Create(new ApiErrorDetails
        {
            Vendor = Vendor,
            Operation = operation,
            StatusCode = (int)response.StatusCode,
            ErrorCodes = secrets.Scrub(parsed?.Codes ?? []),
            ErrorMessages = secrets.Scrub(parsed?.Messages is { Count: > 0 } m ? m : messages),
            FieldErrors = secrets.Scrub(parsed?.FieldErrors ?? new Dictionary<string, IReadOnlyList<string>>()),
            RequestId = secrets.ScrubOrNull(RequestId(response.Headers)),
            RetryAfter = ResilienceHandler.ReadRetryAfter(response.Headers.RetryAfter, _timeProvider),
        });
    }

    /// <summary>Reads the vendor's request id from response headers.</summary>
    /// <param name="headers">The headers.</param>
    /// <returns>The request id, or <see langword="null"/>.</returns>
    public string? RequestId(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var name in _requestIdHeaders)
        {
            if (headers.TryGetValues(name, out var values))
            {
                var value = values.FirstOrDefault();
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value.Length > 200 ? value[..200] : value;
                }
            }
        }

        return null;
    }

    // A successful status with a body the SDK cannot read: the body may echo what the request carried, and the text
    // of a parse error (and the request id header) may quote it.
    private async Task<IdentityProviderResponseFormatException> ScrubbedFormatErrorAsync(string operation, HttpResponseMessage response, int status, string? requestId, string reason, Exception? inner, CancellationToken cancellationToken)
    {
        var secrets = await RequestSecrets.ForResponseAsync(response, cancellationToken).ConfigureAwait(false);
        return FormatError(operation, status, secrets.ScrubOrNull(requestId), secrets.Scrub(reason), secrets.ScrubException(inner));
    }

    private IdentityProviderResponseFormatException FormatError(string operation, int status, string? requestId, string reason, Exception? inner) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Vendor} {operation} returned HTTP {status} but {reason}{(requestId is null ? "" : $" (request id {requestId})")}."), Vendor, operation, status, requestId, inner);

    private IdentityProviderTimeoutException Timeout(string operation, bool retrySafe, Exception inner) =>
        new(
            retrySafe
                ? $"{Vendor} {operation} timed out (all attempts and backoff exceeded the time budget)."
                : $"{Vendor} {operation} timed out; the outcome is unknown: the server may or may not have applied the change. Check before retrying.",
            Vendor,
            operation,
            outcomeUnknown: !retrySafe,
            inner);

    private static string Describe(HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType?.MediaType ?? "no content type";
        var length = response.Content.Headers.ContentLength;
        return length is null ? type : string.Create(CultureInfo.InvariantCulture, $"{type}, {length} bytes");
    }

    private static string DescribeNetworkError(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.ConnectionError => $"could not connect ({e.Message})",
        HttpRequestError.NameResolutionError => $"the host name could not be resolved ({e.Message})",
        HttpRequestError.SecureConnectionError => $"the TLS handshake failed ({e.Message})",
        HttpRequestError.ResponseEnded => "the server closed the connection before the response was complete",
        _ => $"a network error occurred ({e.Message})",
    };
}
