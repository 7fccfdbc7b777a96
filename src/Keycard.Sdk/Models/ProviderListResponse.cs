using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>One page of providers.</summary>
public sealed record ProviderListResponse
{
    /// <summary>The providers of the page.</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<Provider> Items { get; init; }

    /// <summary>Pagination information.</summary>
    [JsonPropertyName("page_info")]
    public required PageInfo PageInfo { get; init; }

    /// <summary>Cursor and total-count information (newer servers; <c>total_count</c> only with <c>expand=total_count</c>).</summary>
    [JsonPropertyName("pagination")]
    public PaginationInfo? Pagination { get; init; }
}
