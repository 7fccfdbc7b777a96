using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a self-hosted GitLab provider: <c>config.gitlabSelfHosted</c> is present.</summary>
public sealed record GitLabSelfHostedProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>gitlabSelfHosted</c>.</summary>
    public const string WireKey = "gitlabSelfHosted";

    /// <summary>The self-hosted GitLab settings.</summary>
    [JsonPropertyName(WireKey)]
    public required GitLabSelfHostedConfig GitLabSelfHosted { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
