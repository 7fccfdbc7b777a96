using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>OpenID Connect protocol configuration.</summary>
public sealed record ProviderOpenIdProtocol
{
    /// <summary>The userinfo endpoint URL.</summary>
    [JsonPropertyName("userinfo_endpoint")]
    public string? UserinfoEndpoint { get; init; }

    /// <summary>OpenID scopes requested.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>The claim that identifies the user.</summary>
    [JsonPropertyName("user_identifier_claim")]
    public string? UserIdentifierClaim { get; init; }
}
