using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>One page of the deprecated legacy list.</summary>
public sealed partial record ListIdpsResponse
{
    /// <summary>Sequence, dates and resource owner of the object.</summary>
    [JsonPropertyName("details")]
    public ListDetails? Details { get; init; }

    /// <summary>The sorting column.</summary>
    [JsonPropertyName("sortingColumn")]
    public IdpFieldName? SortingColumn { get; init; }

    /// <summary>The items of this page.</summary>
    [JsonPropertyName("result")]
    public IReadOnlyList<Idp>? Result { get; init; }
}
