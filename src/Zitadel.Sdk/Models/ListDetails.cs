using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>What the server says about a list response: the total and the view state.</summary>
public sealed partial record ListDetails
{
    /// <summary>The total number of matching items (uint64).</summary>
    [JsonPropertyName("totalResult")]
    public ulong? TotalResult { get; init; }

    /// <summary>The last event sequence the view has processed (uint64).</summary>
    [JsonPropertyName("processedSequence")]
    public ulong? ProcessedSequence { get; init; }

    /// <summary>When the view was last updated.</summary>
    [JsonPropertyName("viewTimestamp")]
    public DateTimeOffset? ViewTimestamp { get; init; }
}
