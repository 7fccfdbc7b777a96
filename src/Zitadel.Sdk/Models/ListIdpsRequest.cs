using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>One page request of the deprecated legacy list (<c>POST /idps/_search</c>).</summary>
public sealed partial record ListIdpsRequest
{
    /// <summary>Offset, limit and sort direction.</summary>
    [JsonPropertyName("query")]
    public ListQuery? Query { get; init; }

    /// <summary>the field the result is sorted</summary>
    [JsonPropertyName("sortingColumn")]
    public IdpFieldName? SortingColumn { get; init; }

    /// <summary>Filters; all must match.</summary>
    [JsonPropertyName("queries")]
    public IReadOnlyList<IdpQuery>? Queries { get; init; }
}
