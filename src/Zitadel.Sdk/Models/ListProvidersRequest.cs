using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>One page request of the templates list (<c>POST /idps/templates/_search</c>), as sent on the wire.</summary>
public sealed partial record ListProvidersRequest
{
    /// <summary>Offset, limit and sort direction.</summary>
    [JsonPropertyName("query")]
    public ListQuery? Query { get; init; }

    /// <summary>Filters; all must match.</summary>
    [JsonPropertyName("queries")]
    public IReadOnlyList<ProviderQuery>? Queries { get; init; }
}
