using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a GitHub Enterprise Server provider: <c>config.githubEs</c> is present.</summary>
public sealed record GitHubEnterpriseServerProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>githubEs</c>.</summary>
    public const string WireKey = "githubEs";

    /// <summary>The GitHub Enterprise Server settings.</summary>
    [JsonPropertyName(WireKey)]
    public required GitHubEnterpriseServerConfig GitHubEs { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
