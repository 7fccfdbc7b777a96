using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>Offset pagination and sort direction of a list request.</summary>
public sealed partial record ListQuery
{
    /// <summary>The offset of the first item (uint64, a JSON string on the wire).</summary>
    [JsonPropertyName("offset")]
    public ulong? Offset { get; init; }

    /// <summary>The page size.</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    /// <summary>Ascending order; the default is descending.</summary>
    [JsonPropertyName("asc")]
    public bool? Asc { get; init; }
}
