using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>Sequence, dates and resource owner of an object or of a change.</summary>
public sealed partial record ObjectDetails
{
    /// <summary>The sequence of the last event (uint64).</summary>
    [JsonPropertyName("sequence")]
    public ulong? Sequence { get; init; }

    /// <summary>When the object was created.</summary>
    [JsonPropertyName("creationDate")]
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>When the object was last changed.</summary>
    [JsonPropertyName("changeDate")]
    public DateTimeOffset? ChangeDate { get; init; }

    /// <summary>The organization (or instance) that owns the object.</summary>
    [JsonPropertyName("resourceOwner")]
    public string? ResourceOwner { get; init; }
}
