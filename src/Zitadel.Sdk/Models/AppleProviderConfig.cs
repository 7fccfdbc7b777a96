using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a Apple provider: <c>config.apple</c> is present.</summary>
public sealed record AppleProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>apple</c>.</summary>
    public const string WireKey = "apple";

    /// <summary>The Apple settings.</summary>
    [JsonPropertyName(WireKey)]
    public required AppleConfig Apple { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
