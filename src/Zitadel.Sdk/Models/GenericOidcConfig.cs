using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a generic OpenID Connect provider (<c>config.oidc</c>).</summary>
public sealed partial record GenericOidcConfig
{
    /// <summary>the OIDC issuer of the identity provider</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>if true, provider information get mapped from the id token, not from the userinfo endpoint</summary>
    [JsonPropertyName("isIdTokenMapping")]
    public bool? IsIdTokenMapping { get; init; }

    /// <summary>Defines if the Proof Key for Code Exchange (PKCE) is used for the authorization code flow.</summary>
    [JsonPropertyName("usePkce")]
    public bool? UsePkce { get; init; }
}
