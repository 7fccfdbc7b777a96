using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a GitHub provider: <c>config.github</c> is present.</summary>
public sealed record GitHubProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>github</c>.</summary>
    public const string WireKey = "github";

    /// <summary>The GitHub settings.</summary>
    [JsonPropertyName(WireKey)]
    public required GitHubConfig GitHub { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
