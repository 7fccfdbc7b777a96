using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a generic OAuth 2.0 provider: <c>config.oauth</c> is present.</summary>
public sealed record GenericOAuthProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>oauth</c>.</summary>
    public const string WireKey = "oauth";

    /// <summary>The generic OAuth 2.0 settings.</summary>
    [JsonPropertyName(WireKey)]
    public required OAuthConfig OAuth { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
