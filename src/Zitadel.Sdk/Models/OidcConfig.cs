using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The OIDC configuration of a legacy IdP (<c>oidcConfig</c>).</summary>
public sealed partial record OidcConfig
{
    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>the OIDC issuer of the identity provider</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>definition which field is mapped to the display name of the user</summary>
    [JsonPropertyName("displayNameMapping")]
    public OidcMappingField? DisplayNameMapping { get; init; }

    /// <summary>definition which field is mapped to the email of the user</summary>
    [JsonPropertyName("usernameMapping")]
    public OidcMappingField? UsernameMapping { get; init; }
}
