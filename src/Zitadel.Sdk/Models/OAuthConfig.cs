using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a generic OAuth 2.0 provider (<c>config.oauth</c>).</summary>
public sealed partial record OAuthConfig
{
    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>the endpoint where Zitadel send the user to authenticate</summary>
    [JsonPropertyName("authorizationEndpoint")]
    public string? AuthorizationEndpoint { get; init; }

    /// <summary>the endpoint where Zitadel can get the token</summary>
    [JsonPropertyName("tokenEndpoint")]
    public string? TokenEndpoint { get; init; }

    /// <summary>the endpoint where Zitadel can get the user information</summary>
    [JsonPropertyName("userEndpoint")]
    public string? UserEndpoint { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>defines how the attribute is called where Zitadel can get the id of the user</summary>
    [JsonPropertyName("idAttribute")]
    public string? IdAttribute { get; init; }

    /// <summary>Defines if the Proof Key for Code Exchange (PKCE) is used for the authorization code flow.</summary>
    [JsonPropertyName("usePkce")]
    public bool? UsePkce { get; init; }
}
