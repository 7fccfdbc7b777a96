using IdentityProviders.Sdk.Http;

namespace Waldur.Sdk;

/// <summary>
/// Settings of a <see cref="WaldurClient"/>. <see cref="IdentityProviderClientOptions.BaseAddress"/> is the Waldur
/// deployment's root (e.g. <c>https://waldur.example.com/</c>; requests go to <c>{base}/api/identity-providers/</c>).
/// Give exactly one credential: <see cref="Token"/>, <see cref="BearerToken"/> or <see cref="BearerTokenProvider"/>.
/// Shared settings (timeouts, retries, logging) are documented on the base class.
/// </summary>
public sealed class WaldurClientOptions : IdentityProviderClientOptions
{
    /// <summary>A Waldur API token, sent as <c>Authorization: Token &lt;key&gt;</c>.</summary>
    public string? Token { get; set; }

    /// <summary>An OIDC access token from the identity provider Waldur trusts, sent as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Supplies (and refreshes) OIDC access tokens, sent as <c>Authorization: Bearer &lt;token&gt;</c>; asked once per request attempt.</summary>
    public IAccessTokenProvider? BearerTokenProvider { get; set; }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var problem in base.Validate())
        {
            yield return problem;
        }

        var credentials = (string.IsNullOrWhiteSpace(Token) ? 0 : 1) + (string.IsNullOrWhiteSpace(BearerToken) ? 0 : 1) + (BearerTokenProvider is null ? 0 : 1);
        if (credentials != 1)
        {
            yield return "Give exactly one of Token, BearerToken or BearerTokenProvider.";
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"WaldurClientOptions {{ BaseAddress = {BaseAddress}, Token = {Mask(Token)}, BearerToken = {Mask(BearerToken)}, BearerTokenProvider = {(BearerTokenProvider is null ? "null" : "<set>")} }}";

    private static string Mask(string? secret) => secret is null ? "null" : "***REDACTED***";
}
