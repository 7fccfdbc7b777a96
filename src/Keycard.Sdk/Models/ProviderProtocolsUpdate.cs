using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Keycard.Sdk.Models;

/// <summary>A partial update of a provider's protocols; only set properties are sent.</summary>
public sealed record ProviderProtocolsUpdate
{
    /// <summary>OAuth 2.0 configuration changes; <see langword="null"/> removes all OAuth 2.0 configuration.</summary>
    [JsonPropertyName("oauth2")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ProviderOAuth2ProtocolUpdate?> OAuth2 { get; init; }

    /// <summary>OpenID Connect configuration changes; <see langword="null"/> removes all OpenID configuration.</summary>
    [JsonPropertyName("openid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ProviderOpenIdProtocolUpdate?> OpenId { get; init; }
}
