using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk;

/// <summary>
/// Gets access tokens with Zitadel's JWT profile grant (RFC 7523, <c>urn:ietf:params:oauth:grant-type:jwt-bearer</c>):
/// signs an RS256 assertion with a key file (<c>iss</c> = <c>sub</c> = the user id, <c>aud</c> = the issuer,
/// <c>kid</c> = the key id), posts it to <c>{issuer}/oauth/v2/token</c>, caches the token and refreshes it before it
/// expires; concurrent callers share one refresh.
/// </summary>
public sealed class ZitadelJwtProfileTokenProvider : IAccessTokenProvider, IDisposable
{
    /// <summary>The grant type of the JWT profile.</summary>
    public const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /// <summary>The scopes requested by default: an ID token subject plus access to Zitadel's own APIs.</summary>
    public const string DefaultScope = "openid urn:zitadel:iam:org:project:id:zitadel:aud";

    private const string Operation = "oauth.token";
    private static readonly string Vendor = IdentityProviderVendor.Zitadel;
    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly RSA _rsa;
    private readonly SigningCredentials _credentials;
    private readonly string _subject;
    private readonly string _scope;
    private readonly TimeSpan _assertionLifetime;
    private readonly TimeSpan _refreshBeforeExpiry;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    // A reference, published whole: callers read it without the lock.
    private volatile CachedToken? _cached;
    private int _tokensFetched;

    /// <summary>Creates the provider.</summary>
    /// <param name="key">The key file.</param>
    /// <param name="issuer">The Zitadel issuer (the instance's URL, e.g. <c>https://my-instance.zitadel.cloud</c>); also the assertion's audience.</param>
    /// <param name="httpClient">Sends token requests (its lifetime is the caller's).</param>
    /// <param name="scope">The scopes to request; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="assertionLifetime">How long each assertion is valid; <see langword="null"/> for 1 hour.</param>
    /// <param name="refreshBeforeExpiry">How long before expiry a cached token is replaced; <see langword="null"/> for 60 s.</param>
    /// <param name="timeProvider">The clock for <c>iat</c>, <c>exp</c> and expiry.</param>
    /// <exception cref="ArgumentException">The key is incomplete or its private key is not a PEM RSA key (the message never contains the key).</exception>
    public ZitadelJwtProfileTokenProvider(ZitadelServiceAccountKey key, Uri issuer, HttpClient httpClient, string? scope = null, TimeSpan? assertionLifetime = null, TimeSpan? refreshBeforeExpiry = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(issuer);
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        if (string.IsNullOrWhiteSpace(key.KeyId) || string.IsNullOrWhiteSpace(key.Key) || string.IsNullOrWhiteSpace(key.Subject))
        {
            throw new ArgumentException("The key file needs keyId, key and userId (or clientId).", nameof(key));
        }

        _rsa = RSA.Create();
        try
        {
            _rsa.ImportFromPem(key.Key);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            _rsa.Dispose();
            throw new ArgumentException("The key file's key is not a PEM-encoded RSA private key.", nameof(key));
        }

        _credentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = key.KeyId }, SecurityAlgorithms.RsaSha256);
        _subject = key.Subject!;
        Audience = HttpPipeline.NormalizeBaseAddress(issuer).AbsoluteUri.TrimEnd('/');
        TokenEndpoint = new Uri(HttpPipeline.NormalizeBaseAddress(issuer), "oauth/v2/token");
        _scope = string.IsNullOrWhiteSpace(scope) ? DefaultScope : scope;
        _assertionLifetime = assertionLifetime ?? TimeSpan.FromHours(1);
        _refreshBeforeExpiry = refreshBeforeExpiry ?? TimeSpan.FromSeconds(60);
        _timeProvider = timeProvider ?? TimeProvider.System;
        if (_assertionLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(assertionLifetime), "The assertion lifetime must be positive.");
        }
    }

    /// <summary>The assertion's audience: the issuer URL without a trailing slash.</summary>
    public string Audience { get; }

    /// <summary>The token endpoint, <c>{issuer}/oauth/v2/token</c>.</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>How many tokens this provider has fetched (for diagnostics).</summary>
    public int TokensFetched => Volatile.Read(ref _tokensFetched);

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
            var margin = _refreshBeforeExpiry < lifetime / 2 ? _refreshBeforeExpiry : lifetime / 2;
            _cached = new CachedToken(token, _timeProvider.GetUtcNow() + lifetime - margin);
            Interlocked.Increment(ref _tokensFetched);
            return token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Creates a signed assertion (exposed for diagnostics and tests).</summary>
    /// <returns>The compact JWS.</returns>
    public string CreateAssertion()
    {
        var now = _timeProvider.GetUtcNow();
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _subject,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            Expires = (now + _assertionLifetime).UtcDateTime,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = _subject },
            SigningCredentials = _credentials,
        });
    }

    private async Task<(string Token, TimeSpan? ExpiresIn)> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", GrantType),
                new("scope", _scope),
                new("assertion", CreateAssertion()),
            ]),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new IdentityProviderConnectionException($"{Vendor} {Operation} failed: the token endpoint {TokenEndpoint.GetLeftPart(UriPartial.Path)} could not be reached ({e.Message}).", Vendor, Operation, e);
        }

        using (response)
        {
            OAuthTokenResponse? body = null;
            var status = (int)response.StatusCode;
            var requestId = response.Headers.TryGetValues("x-request-id", out var ids) ? ids.FirstOrDefault() : null;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    body = await JsonSerializer.DeserializeAsync(stream, ZitadelJsonContext.Default.OAuthTokenResponse, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (JsonException e) when (response.IsSuccessStatusCode)
            {
                throw new IdentityProviderResponseFormatException($"{Vendor} {Operation} returned HTTP {status} with a body that is not a token response (request id {requestId ?? "none"}).", Vendor, Operation, status, requestId, e);
            }
            catch (JsonException)
            {
                // An error status with a non-JSON body: reported from the status below.
            }

            if (!response.IsSuccessStatusCode)
            {
                // OAuth servers answer 400 invalid_grant/invalid_client for a bad or unknown key: an authentication failure.
                var mapped = status == 400 && body?.Error is "invalid_client" or "invalid_grant" or "unauthorized_client" ? 401 : status;
                throw ApiExceptionFactory.Create(new ApiErrorDetails
                {
                    Vendor = Vendor,
                    Operation = Operation,
                    StatusCode = mapped,
                    ReceivedStatusCode = mapped == status ? null : status,
                    ErrorCodes = body?.Error is { } code ? [code] : [],
                    ErrorMessages = body?.ErrorDescription is { } description ? [description] : [],
                    RequestId = requestId,
                });
            }

            if (string.IsNullOrEmpty(body?.AccessToken))
            {
                throw new IdentityProviderResponseFormatException($"{Vendor} {Operation} returned HTTP {status} without an access_token (request id {requestId ?? "none"}).", Vendor, Operation, status, requestId);
            }

            TimeSpan? expiresIn = body.ExpiresIn is > 0 ? TimeSpan.FromSeconds(body.ExpiresIn.Value) : null;
            return (body.AccessToken, expiresIn);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _refreshLock.Dispose();
        _rsa.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ZitadelJwtProfileTokenProvider {{ TokenEndpoint = {TokenEndpoint}, Subject = {_subject}, Key = ***REDACTED*** }}");

    // A class, not a record: a record's ToString would print the token.
    private sealed class CachedToken(string token, DateTimeOffset refreshAt)
    {
        public string Token { get; } = token;

        public DateTimeOffset RefreshAt { get; } = refreshAt;
    }
}
