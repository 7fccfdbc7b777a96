using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>Cursor and count information of a page (newer servers).</summary>
public sealed record PaginationInfo
{
    /// <summary>The cursor to pass as <c>after</c> for the next page, when there is one.</summary>
    [JsonPropertyName("after_cursor")]
    public string? AfterCursor { get; init; }

    /// <summary>The cursor to pass as <c>before</c> for the previous page, when there is one.</summary>
    [JsonPropertyName("before_cursor")]
    public string? BeforeCursor { get; init; }

    /// <summary>The total number of matching providers (only with <c>expand=total_count</c>).</summary>
    [JsonPropertyName("total_count")]
    public long? TotalCount { get; init; }
}
