using System.Globalization;
using System.Security.Cryptography;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Zitadel.Sdk;

/// <summary>
/// Gets access tokens with Zitadel's JWT profile grant (RFC 7523, <c>urn:ietf:params:oauth:grant-type:jwt-bearer</c>):
/// signs an RS256 assertion with a key file (<c>iss</c> = <c>sub</c> = the user id, <c>aud</c> = the issuer,
/// <c>kid</c> = the key id), posts it to <c>{issuer}/oauth/v2/token</c>, caches the token and refreshes it before it
/// expires; concurrent callers share one refresh.
/// </summary>
public sealed class ZitadelJwtProfileTokenProvider : OAuthTokenProvider
{
    /// <summary>The grant type of the JWT profile.</summary>
    public const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /// <summary>The scopes requested by default: an ID token subject plus access to Zitadel's own APIs.</summary>
    public const string DefaultScope = "openid urn:zitadel:iam:org:project:id:zitadel:aud";

    private readonly RSA _rsa;
    private readonly SigningCredentials _credentials;
    private readonly string _subject;
    private readonly string _scope;
    private readonly TimeSpan _assertionLifetime;

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
        : base(TokenEndpointOf(issuer), httpClient, IdentityProviderVendor.Zitadel, refreshBeforeExpiry ?? TimeSpan.FromSeconds(60), timeProvider)
    {
        ArgumentNullException.ThrowIfNull(key);
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
        _scope = string.IsNullOrWhiteSpace(scope) ? DefaultScope : scope;
        _assertionLifetime = assertionLifetime ?? TimeSpan.FromHours(1);
        if (_assertionLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(assertionLifetime), "The assertion lifetime must be positive.");
        }
    }

    /// <summary>The assertion's audience: the issuer URL without a trailing slash.</summary>
    public string Audience { get; }

    /// <summary>Creates a signed assertion (exposed for diagnostics and tests).</summary>
    /// <returns>The compact JWS.</returns>
    public string CreateAssertion()
    {
        var now = TimeProvider.GetUtcNow();
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

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string>> CreateGrantFields() =>
    [
        new("grant_type", GrantType),
        new("scope", _scope),
        new("assertion", CreateAssertion()),
    ];

    private static Uri TokenEndpointOf(Uri issuer) =>
        new(HttpPipeline.NormalizeBaseAddress(issuer ?? throw new ArgumentNullException(nameof(issuer))), "oauth/v2/token");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rsa.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ZitadelJwtProfileTokenProvider {{ TokenEndpoint = {TokenEndpoint}, Subject = {_subject}, Key = ***REDACTED*** }}");
}
