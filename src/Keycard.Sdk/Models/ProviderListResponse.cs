using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>One page of providers.</summary>
public sealed record ProviderListResponse : IJsonOnDeserialized
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

    // "required" only asks for presence: "items": null or "page_info": null would reach the pager as null references.
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Items is null || PageInfo is null)
        {
            throw new JsonException(Items is null ? "The page's 'items' is null." : "The page's 'page_info' is null.");
        }
    }
}
