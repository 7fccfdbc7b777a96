using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>Protocol-specific configuration of a provider.</summary>
public sealed record ProviderProtocols
{
    /// <summary>OAuth 2.0 protocol configuration.</summary>
    [JsonPropertyName("oauth2")]
    public ProviderOAuth2Protocol? OAuth2 { get; init; }

    /// <summary>OpenID Connect protocol configuration.</summary>
    [JsonPropertyName("openid")]
    public ProviderOpenIdProtocol? OpenId { get; init; }
}
