using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Keycard.Sdk.Models;

/// <summary>A partial update of the OpenID Connect configuration; only set properties are sent.</summary>
public sealed record ProviderOpenIdProtocolUpdate
{
    /// <summary>The userinfo endpoint URL. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("userinfo_endpoint")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> UserinfoEndpoint { get; init; }

    /// <summary>OpenID scopes requested. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("scopes")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<IReadOnlyList<string>?> Scopes { get; init; }

    /// <summary>The claim that identifies the user. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("user_identifier_claim")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> UserIdentifierClaim { get; init; }
}
