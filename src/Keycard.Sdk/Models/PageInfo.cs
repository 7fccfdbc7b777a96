using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>Pagination information.</summary>
public sealed record PageInfo
{
    /// <summary>Whether there are more items after the current page.</summary>
    [JsonPropertyName("has_next_page")]
    public required bool HasNextPage { get; init; }

    /// <summary>Whether there are items before the current page.</summary>
    [JsonPropertyName("has_previous_page")]
    public required bool HasPreviousPage { get; init; }

    /// <summary>Cursor pointing to the first item in the current page.</summary>
    [JsonPropertyName("start_cursor")]
    public string? StartCursor { get; init; }

    /// <summary>Cursor pointing to the last item in the current page.</summary>
    [JsonPropertyName("end_cursor")]
    public string? EndCursor { get; init; }
}
