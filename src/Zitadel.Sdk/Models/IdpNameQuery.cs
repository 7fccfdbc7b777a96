using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>Matches identity providers by name.</summary>
public sealed partial record IdpNameQuery
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>defines which text equality method is used</summary>
    [JsonPropertyName("method")]
    public TextQueryMethod? Method { get; init; }
}
