using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// Gets access tokens with the OAuth 2.0 client credentials grant (client authenticated with HTTP Basic), caches them,
/// and refreshes them before they expire; concurrent callers share one refresh.
/// </summary>
public sealed class ClientCredentialsTokenProvider : OAuthTokenProvider
{
    private readonly ClientCredentialsOptions _options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The grant settings.</param>
    /// <param name="httpClient">Sends token requests (its lifetime is the caller's).</param>
    /// <param name="vendor">The vendor, for error messages.</param>
    /// <param name="timeProvider">The clock for expiry.</param>
    public ClientCredentialsTokenProvider(ClientCredentialsOptions options, HttpClient httpClient, string vendor, TimeProvider? timeProvider = null)
        : base((options ?? throw new ArgumentNullException(nameof(options))).TokenEndpoint, httpClient, vendor, options.RefreshBeforeExpiry, timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientId, "options.ClientId");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientSecret, "options.ClientSecret");
        _options = options;
    }

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string>> CreateGrantFields()
    {
        yield return new("grant_type", "client_credentials");
        if (!string.IsNullOrWhiteSpace(_options.Scope))
        {
            yield return new("scope", _options.Scope);
        }
    }

    /// <inheritdoc />
    protected override void AuthenticateTokenRequest(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(_options.ClientId)}:{Uri.EscapeDataString(_options.ClientSecret)}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"ClientCredentialsTokenProvider {{ {_options} }}");
}
