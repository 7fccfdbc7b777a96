using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using IdentityProviders.Sdk.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// The Polly v8 pipeline of every vendor client: total timeout, then retry, then per-attempt timeout. Each attempt
/// reads the whole response body (up to a size cap) before it counts as done, so a connection cut mid-body is
/// retried like one cut before the headers and a page is never half-read.
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<bool> RetrySafeKey = new("IdentityProviders.RetrySafe");
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("IdentityProviders.Request");
    private static readonly ResiliencePropertyKey<long> StartedKey = new("IdentityProviders.Started");
    private static readonly ResiliencePropertyKey<TelemetryRequest?> TelemetryKey = new("IdentityProviders.Telemetry");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly long _maxContentBytes;
    private readonly RetryOptions _retry;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan _timeout;
    private readonly IdentityProviderTelemetry? _telemetry;

    /// <summary>Creates the handler.</summary>
    /// <param name="timeout">Total time budget of one request, all attempts and backoff included.</param>
    /// <param name="retry">Retry and per-attempt timeout policy.</param>
    /// <param name="maxContentBytes">Largest response body read into memory.</param>
    /// <param name="timeProvider">The clock for backoff and <c>Retry-After</c> dates.</param>
    /// <param name="logger">Receives a warning per retry; <see langword="null"/> for none.</param>
    /// <param name="telemetry">Receives an activity and a duration measurement per attempt and a count per retry; <see langword="null"/> for none.</param>
    public ResilienceHandler(TimeSpan timeout, RetryOptions retry, long maxContentBytes, TimeProvider timeProvider, ILogger? logger = null, IdentityProviderTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _retry = retry;
        _maxContentBytes = maxContentBytes;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _timeout = timeout;
        _telemetry = telemetry;

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout, Name = "TotalTimeout" });
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "Retry",
                MaxRetryAttempts = retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                UseJitter = retry.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(
                    ShouldRetry(args.Outcome, args.Context.Properties.GetValue(RetrySafeKey, false))
                    && RetryAfterFitsBudget(ResponseOf(args.Outcome), args.Context.Properties.GetValue(StartedKey, 0L))),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(ResponseOf(args.Outcome))),
                OnRetry = args =>
                {
                    args.Context.Properties.GetValue(TelemetryKey, null)?.Retrying(ResponseOf(args.Outcome), args.Outcome.Exception);
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    _logger.LogWarning(
                        "Retrying {Method} {Path} (retry {Retry} of {MaxRetries}) in {DelayMs} ms after {Reason}.",
                        request?.Method,
                        request?.RequestUri?.AbsolutePath,
                        args.AttemptNumber + 1,
                        retry.MaxRetries,
                        (long)args.RetryDelay.TotalMilliseconds,
                        Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = retry.AttemptTimeout, Name = "AttemptTimeout" });
        _pipeline = builder.Build();
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetrySafeKey, RequestProperties.IsRetrySafe(request));
        context.Properties.Set(RequestKey, request);
        context.Properties.Set(StartedKey, _timeProvider.GetTimestamp());
        // Taken (and hidden from requests nested in this one, such as a token request) whether or not anyone listens now.
        var operation = _telemetry?.TakeCurrentOperation();
        var telemetry = _telemetry is { IsEnabled: true } ? new TelemetryRequest(_telemetry, operation, request, cancellationToken) : null;
        context.Properties.Set(TelemetryKey, telemetry);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => state.Telemetry is null
                    ? state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken)
                    : state.Handler.SendObservedAttemptAsync(state.Request, state.Telemetry, ctx.CancellationToken),
                context,
                (Handler: this, Request: request, Telemetry: telemetry)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> SendObservedAttemptAsync(HttpRequestMessage request, TelemetryRequest telemetry, CancellationToken cancellationToken)
    {
        var attempt = telemetry.StartAttempt();
        HttpResponseMessage response;
        try
        {
            response = await SendAttemptAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            telemetry.EndAttempt(attempt, null, e);
            throw;
        }

        telemetry.EndAttempt(attempt, response, null);
        return response;
    }

    private async ValueTask<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await BufferContentAsync(response, _maxContentBytes, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task BufferContentAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content is null or ByteArrayContent)
        {
            return;
        }

        var statusCode = (int)response.StatusCode;
        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw new ResponseTooLargeException(maxBytes, statusCode);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var initial = (int)Math.Min(content.Headers.ContentLength ?? 16 * 1024, maxBytes);
            using var memory = new MemoryStream(Math.Max(initial, 256));
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (memory.Length + read > maxBytes)
                    {
                        throw new ResponseTooLargeException(maxBytes, statusCode);
                    }

                    memory.Write(buffer, 0, read);
                }
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
            {
                // AutomaticDecompression met bytes that are not what Content-Encoding says (gzip/deflate throw
                // InvalidDataException, brotli InvalidOperationException): the answer is unreadable.
                throw new ResponseDecodingException(statusCode, e);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            var buffered = new ByteArrayContent(memory.GetBuffer(), 0, (int)memory.Length);
            foreach (var header in content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            buffered.Headers.ContentLength = memory.Length;
            response.Content = buffered;
        }

        content.Dispose();
    }

    private static HttpResponseMessage? ResponseOf(Outcome<HttpResponseMessage> outcome) =>
        outcome is { Exception: null, Result: { } response } ? response : null;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool retrySafe)
    {
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                ResponseTooLargeException or ResponseDecodingException => false,
                HttpRequestException http when http.HttpRequestError == HttpRequestError.ConnectionError => true,
                HttpRequestException => retrySafe,
                IOException => retrySafe,
                TimeoutRejectedException => retrySafe,
                _ => false,
            };
        }

        return retrySafe && ResponseOf(outcome) is { } response && IsTransientStatus(response.StatusCode);
    }

    /// <summary>Whether a status is worth retrying for a retry-safe request.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for 408, 429, 500, 502, 503 and 504.</returns>
    public static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan? RetryAfterDelay(HttpResponseMessage? response)
    {
        var hint = ReadRetryAfter(response?.Headers.RetryAfter, _timeProvider);
        if (hint is null)
        {
            return null;
        }

        return hint.Value > _retry.MaxRetryAfter ? _retry.MaxRetryAfter : hint.Value;
    }

    // A server that asks for a wait longer than the time left would only lead to a timeout: fail now with the
    // server's answer (e.g. 429 with its Retry-After) so the caller can decide.
    private bool RetryAfterFitsBudget(HttpResponseMessage? response, long started)
    {
        var wait = RetryAfterDelay(response);
        return wait is null || wait.Value < _timeout - _timeProvider.GetElapsedTime(started);
    }

    /// <summary>Reads a <c>Retry-After</c> header given in seconds or as an HTTP date.</summary>
    /// <param name="header">The parsed header.</param>
    /// <param name="timeProvider">The clock for HTTP dates.</param>
    /// <returns>The wait (never negative), or <see langword="null"/> when absent.</returns>
    public static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } e
            ? e.GetType().Name
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)(ResponseOf(outcome)?.StatusCode ?? 0)}");
}
