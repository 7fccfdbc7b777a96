using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a Google provider (<c>config.google</c>).</summary>
public sealed partial record GoogleConfig
{
    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }
}
