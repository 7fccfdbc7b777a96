using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>Keycard's error body.</summary>
public sealed record KeycardError
{
    /// <summary>The error message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The error code (a string such as <c>not_found</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The HTTP status, repeated.</summary>
    [JsonPropertyName("status")]
    public double? Status { get; init; }
}
