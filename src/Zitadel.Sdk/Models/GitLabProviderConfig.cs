using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a GitLab provider: <c>config.gitlab</c> is present.</summary>
public sealed record GitLabProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>gitlab</c>.</summary>
    public const string WireKey = "gitlab";

    /// <summary>The GitLab settings.</summary>
    [JsonPropertyName(WireKey)]
    public required GitLabConfig GitLab { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
