using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a generic JWT provider: <c>config.jwt</c> is present.</summary>
public sealed record JwtProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>jwt</c>.</summary>
    public const string WireKey = "jwt";

    /// <summary>The generic JWT settings.</summary>
    [JsonPropertyName(WireKey)]
    public required JwtConfig Jwt { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
