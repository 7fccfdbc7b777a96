using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a self-hosted GitLab provider (<c>config.gitlabSelfHosted</c>).</summary>
public sealed partial record GitLabSelfHostedConfig
{
    /// <summary>The issuer.</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }
}
