using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a GitLab provider (<c>config.gitlab</c>).</summary>
public sealed partial record GitLabConfig
{
    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }
}
