using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a GitHub Enterprise Server provider (<c>config.githubEs</c>).</summary>
public sealed partial record GitHubEnterpriseServerConfig
{
    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>The authorization endpoint.</summary>
    [JsonPropertyName("authorizationEndpoint")]
    public string? AuthorizationEndpoint { get; init; }

    /// <summary>The token endpoint.</summary>
    [JsonPropertyName("tokenEndpoint")]
    public string? TokenEndpoint { get; init; }

    /// <summary>The user-info endpoint.</summary>
    [JsonPropertyName("userEndpoint")]
    public string? UserEndpoint { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }
}
