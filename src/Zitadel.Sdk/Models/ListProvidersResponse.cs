using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>One page of the templates list.</summary>
public sealed partial record ListProvidersResponse
{
    /// <summary>Sequence, dates and resource owner of the object.</summary>
    [JsonPropertyName("details")]
    public ListDetails? Details { get; init; }

    /// <summary>The items of this page.</summary>
    [JsonPropertyName("result")]
    public IReadOnlyList<Provider>? Result { get; init; }
}
