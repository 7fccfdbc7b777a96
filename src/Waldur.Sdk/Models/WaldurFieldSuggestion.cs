using System.Text.Json.Serialization;

namespace Waldur.Sdk.Models;

/// <summary>One Waldur User field and the OIDC claims that could fill it.</summary>
public sealed record WaldurFieldSuggestion
{
    /// <summary>The Waldur User model field name.</summary>
    [JsonPropertyName("field")]
    public required string Field { get; init; }

    /// <summary>Human-readable field description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>OIDC claims that could map to this field, most likely first.</summary>
    [JsonPropertyName("suggested_claims")]
    public IReadOnlyList<string> SuggestedClaims { get; init; } = [];

    /// <summary>The suggested claims this provider actually supports.</summary>
    [JsonPropertyName("available_claims")]
    public IReadOnlyList<string> AvailableClaims { get; init; } = [];
}
