using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a generic OpenID Connect provider (<c>oidc</c>).</summary>
public sealed record OidcConfig : OAuthIdentityProviderConfig
{
    /// <summary>Custom claims to add from the id_token to the signed Access JWT.</summary>
    [JsonPropertyName("claims")]
    public IReadOnlyList<string>? Claims { get; init; }

    /// <summary>The claim name for email in the id_token response.</summary>
    [JsonPropertyName("email_claim_name")]
    public string? EmailClaimName { get; init; }

    /// <summary>The authorization_endpoint URL of your IdP.</summary>
    [JsonPropertyName("auth_url")]
    public string? AuthUrl { get; init; }

    /// <summary>The jwks_uri endpoint of your IdP, whose keys sign the tokens.</summary>
    [JsonPropertyName("certs_url")]
    public string? CertsUrl { get; init; }

    /// <summary>Whether to use PKCE (Proof Key for Code Exchange) in the authorization flow.</summary>
    [JsonPropertyName("pkce_enabled")]
    public bool? PkceEnabled { get; init; }

    /// <summary>The OAuth scopes to request.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>The token_endpoint URL of your IdP.</summary>
    [JsonPropertyName("token_url")]
    public string? TokenUrl { get; init; }
}
