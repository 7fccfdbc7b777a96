using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The V4 envelope's <c>result_info</c>: where a list page sits in the whole listing.</summary>
public sealed record CloudflareResultInfo
{
    /// <summary>The current page within the paginated list of results.</summary>
    [JsonPropertyName("page")]
    public long? Page { get; init; }

    /// <summary>The number of results per page.</summary>
    [JsonPropertyName("per_page")]
    public long? PerPage { get; init; }

    /// <summary>The number of results on this page.</summary>
    [JsonPropertyName("count")]
    public long? Count { get; init; }

    /// <summary>The total number of results.</summary>
    [JsonPropertyName("total_count")]
    public long? TotalCount { get; init; }

    /// <summary>The total number of pages (current API; the 2024 spec does not have it).</summary>
    [JsonPropertyName("total_pages")]
    public long? TotalPages { get; init; }
}
