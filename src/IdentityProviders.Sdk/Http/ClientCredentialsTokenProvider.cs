using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// Gets access tokens with the OAuth 2.0 client credentials grant, caches them, and refreshes them before they expire;
/// concurrent callers share one refresh.
/// </summary>
public sealed class ClientCredentialsTokenProvider : IAccessTokenProvider, IDisposable
{
    private const string Operation = "oauth.token";
    private readonly ClientCredentialsOptions _options;
    private readonly HttpClient _httpClient;
    private readonly string _vendor;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    // A reference, published whole: callers read it without the lock, and a multi-word struct could be read torn.
    private volatile CachedToken? _cached;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The grant settings.</param>
    /// <param name="httpClient">Sends token requests (its lifetime is the caller's).</param>
    /// <param name="vendor">The vendor, for error messages.</param>
    /// <param name="timeProvider">The clock for expiry.</param>
    public ClientCredentialsTokenProvider(ClientCredentialsOptions options, HttpClient httpClient, string vendor, TimeProvider? timeProvider = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        ArgumentException.ThrowIfNullOrEmpty(vendor);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientId, "options.ClientId");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientSecret, "options.ClientSecret");
        _vendor = vendor;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How many tokens this provider has fetched (for diagnostics).</summary>
    public int TokensFetched { get; private set; }

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && _timeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (_cached is { } fresh && _timeProvider.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Token;
            }

            var (token, expiresIn) = await FetchAsync(cancellationToken).ConfigureAwait(false);
            var lifetime = expiresIn ?? TimeSpan.FromMinutes(5);
            var margin = _options.RefreshBeforeExpiry < lifetime / 2 ? _options.RefreshBeforeExpiry : lifetime / 2;
            _cached = new CachedToken(token, _timeProvider.GetUtcNow() + lifetime - margin);
            TokensFetched++;
            return token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<(string Token, TimeSpan? ExpiresIn)> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.TokenEndpoint);
        var fields = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (!string.IsNullOrWhiteSpace(_options.Scope))
        {
            fields.Add(new("scope", _options.Scope));
        }

        request.Content = new FormUrlEncodedContent(fields);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(_options.ClientId)}:{Uri.EscapeDataString(_options.ClientSecret)}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new IdentityProviderConnectionException($"{_vendor} {Operation} failed: the token endpoint {_options.TokenEndpoint.GetLeftPart(UriPartial.Path)} could not be reached ({e.Message}).", _vendor, Operation, e);
        }

        using (response)
        {
            TokenResponse? body = null;
            var status = (int)response.StatusCode;
            var requestId = response.Headers.TryGetValues("x-request-id", out var ids) ? ids.FirstOrDefault() : null;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    body = await JsonSerializer.DeserializeAsync(stream, CoreJsonContext.Default.TokenResponse, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (JsonException e) when (response.IsSuccessStatusCode)
            {
                throw new IdentityProviderResponseFormatException($"{_vendor} {Operation} returned HTTP {status} with a body that is not a token response (request id {requestId ?? "none"}).", _vendor, Operation, status, requestId, e);
            }
            catch (JsonException)
            {
                // An error status with a non-JSON body: reported from the status below.
            }

            if (!response.IsSuccessStatusCode)
            {
                // OAuth servers answer 400 invalid_client/invalid_grant for bad credentials: that is an authentication failure.
                var mapped = status == 400 && body?.Error is "invalid_client" or "invalid_grant" or "unauthorized_client" ? 401 : status;
                throw ApiExceptionFactory.Create(new ApiErrorDetails
                {
                    Vendor = _vendor,
                    Operation = Operation,
                    StatusCode = mapped,
                    ErrorCodes = body?.Error is { } code ? [code] : [],
                    ErrorMessages = body?.ErrorDescription is { } description ? [description] : [],
                    RequestId = requestId,
                });
            }

            if (string.IsNullOrEmpty(body?.AccessToken))
            {
                throw new IdentityProviderResponseFormatException($"{_vendor} {Operation} returned HTTP {status} without an access_token (request id {requestId ?? "none"}).", _vendor, Operation, status, requestId);
            }

            TimeSpan? expiresIn = body.ExpiresIn is > 0 ? TimeSpan.FromSeconds(body.ExpiresIn.Value) : null;
            return (body.AccessToken, expiresIn);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _refreshLock.Dispose();

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ClientCredentialsTokenProvider {{ {_options} }}");

    // A class, not a record: a record's ToString would print the token.
    private sealed class CachedToken(string token, DateTimeOffset refreshAt)
    {
        public string Token { get; } = token;

        public DateTimeOffset RefreshAt { get; } = refreshAt;
    }
}
