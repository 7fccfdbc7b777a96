using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>The body of a provider creation.</summary>
public sealed record ProviderCreateRequest
{
    /// <summary>Human-readable name (required, 1..255 characters).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>User specified identifier, unique within the zone (required, 1..2048 characters).</summary>
    [JsonPropertyName("identifier")]
    public required string Identifier { get; init; }

    /// <summary>URL-safe identifier (1..63 characters, lowercase letters, digits and single hyphens); derived from the name when omitted.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>Human-readable description (up to 2048 characters).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The provider type.</summary>
    [JsonPropertyName("type")]
    public KeycardProviderType? Type { get; init; }

    /// <summary>OAuth 2.0 client identifier.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>OAuth 2.0 client secret; write-only (responses only say <c>client_secret_set</c>) and never printed by <see cref="ToString"/>.</summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }

    /// <summary>Provider metadata (free-form JSON object).</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }

    /// <summary>Protocol-specific configuration.</summary>
    [JsonPropertyName("protocols")]
    public ProviderProtocols? Protocols { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"ProviderCreateRequest {{ Name = {Name}, Identifier = {Identifier}, Slug = {Slug}, Type = {Type}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "***REDACTED***")} }}";
}
