using System.Net.Http.Headers;
using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// The shared half of OAuth 2.0 token providers: posts a grant to a token endpoint, maps its answer to the SDK's
/// exceptions (never including the grant's secrets), caches the token and refreshes it before it expires; concurrent
/// callers share one refresh. Subclasses supply the grant (client credentials, JWT profile, ...).
/// </summary>
public abstract class OAuthTokenProvider : IAccessTokenProvider, IDisposable
{
    private const string Operation = "oauth.token";
    private readonly HttpClient _httpClient;
    private readonly string _vendor;
    private readonly TimeSpan _refreshBeforeExpiry;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    // A reference, published whole: callers read it without the lock, and a multi-word struct could be read torn.
    private volatile CachedToken? _cached;
    private int _tokensFetched;

    /// <summary>Creates the provider.</summary>
    /// <param name="tokenEndpoint">The token endpoint.</param>
    /// <param name="httpClient">Sends token requests (its lifetime is the caller's).</param>
    /// <param name="vendor">The vendor, for error messages.</param>
    /// <param name="refreshBeforeExpiry">How long before expiry a cached token is replaced (at most half its lifetime).</param>
    /// <param name="timeProvider">The clock for expiry.</param>
    protected OAuthTokenProvider(Uri tokenEndpoint, HttpClient httpClient, string vendor, TimeSpan refreshBeforeExpiry, TimeProvider? timeProvider)
    {
        TokenEndpoint = tokenEndpoint ?? throw new ArgumentNullException(nameof(tokenEndpoint));
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        ArgumentException.ThrowIfNullOrEmpty(vendor);
        _vendor = vendor;
        _refreshBeforeExpiry = refreshBeforeExpiry;
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The token endpoint.</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>How many tokens this provider has fetched (for diagnostics).</summary>
    public int TokensFetched => Volatile.Read(ref _tokensFetched);

    /// <summary>The clock for expiry (and for assertions subclasses sign).</summary>
    protected TimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && TimeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (_cached is { } fresh && TimeProvider.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Token;
            }

            var (token, expiresIn) = await FetchAsync(cancellationToken).ConfigureAwait(false);
            var lifetime = expiresIn ?? TimeSpan.FromMinutes(5);
            var margin = _refreshBeforeExpiry < lifetime / 2 ? _refreshBeforeExpiry : lifetime / 2;
            _cached = new CachedToken(token, TimeProvider.GetUtcNow() + lifetime - margin);
            Interlocked.Increment(ref _tokensFetched);
            return token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>The form fields of the grant (<c>grant_type</c> and the rest), created for each token request.</summary>
    /// <returns>The fields.</returns>
    protected abstract IEnumerable<KeyValuePair<string, string>> CreateGrantFields();

    /// <summary>Adds client authentication to a token request (e.g. HTTP Basic); nothing by default.</summary>
    /// <param name="request">The token request.</param>
    protected virtual void AuthenticateTokenRequest(HttpRequestMessage request)
    {
    }

    private async Task<(string Token, TimeSpan? ExpiresIn)> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenEndpoint) { Content = new FormUrlEncodedContent(CreateGrantFields()) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        AuthenticateTokenRequest(request);

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new IdentityProviderConnectionException($"{_vendor} {Operation} failed: the token endpoint {TokenEndpoint.GetLeftPart(UriPartial.Path)} could not be reached ({e.Message}).", _vendor, Operation, e);
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
                var secrets = await RequestSecrets.FromRequestAsync(request, cancellationToken).ConfigureAwait(false);
                var id = secrets.ScrubOrNull(requestId);
                throw new IdentityProviderResponseFormatException($"{_vendor} {Operation} returned HTTP {status} with a body that is not a token response (request id {id ?? "none"}).", _vendor, Operation, status, id, secrets.ScrubException(e));
            }
            catch (JsonException)
            {
                // An error status with a non-JSON body: reported from the status below.
            }

            if (!response.IsSuccessStatusCode)
            {
                // OAuth servers answer 400 invalid_client/invalid_grant for bad credentials: that is an authentication failure.
                var mapped = status == 400 && body?.Error is "invalid_client" or "invalid_grant" or "unauthorized_client" ? 401 : status;
                // The server may echo the grant's secrets (client secret, assertion) in its answer.
                var secrets = await RequestSecrets.FromRequestAsync(request, cancellationToken).ConfigureAwait(false);
                throw ApiExceptionFactory.Create(new ApiErrorDetails
                {
                    Vendor = _vendor,
                    Operation = Operation,
                    StatusCode = mapped,
                    ReceivedStatusCode = mapped == status ? null : status,
                    ErrorCodes = body?.Error is { } code ? [secrets.Scrub(code)] : [],
                    ErrorMessages = body?.ErrorDescription is { } description ? [secrets.Scrub(description)] : [],
                    RequestId = secrets.ScrubOrNull(requestId),
                });
            }

            if (string.IsNullOrEmpty(body?.AccessToken))
            {
                var secrets = await RequestSecrets.FromRequestAsync(request, cancellationToken).ConfigureAwait(false);
                var id = secrets.ScrubOrNull(requestId);
                throw new IdentityProviderResponseFormatException($"{_vendor} {Operation} returned HTTP {status} without an access_token (request id {id ?? "none"}).", _vendor, Operation, status, id);
            }

            TimeSpan? expiresIn = body.ExpiresIn is > 0 ? TimeSpan.FromSeconds(body.ExpiresIn.Value) : null;
            return (body.AccessToken, expiresIn);
        }
    }

    /// <summary>Releases the refresh lock.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _refreshLock.Dispose();
        }
    }

    // A class, not a record: a record's ToString would print the token.
    private sealed class CachedToken(string token, DateTimeOffset refreshAt)
    {
        public string Token { get; } = token;

        public DateTimeOffset RefreshAt { get; } = refreshAt;
    }
}
