using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The answer to adding an identity provider (every <c>Add…ProviderResponse</c>): its id and the change details.</summary>
public sealed record AddProviderResponse
{
    /// <summary>Sequence, dates and resource owner of the change.</summary>
    [JsonPropertyName("details")]
    public ObjectDetails? Details { get; init; }

    /// <summary>The id of the new identity provider.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
