using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>
/// A Provider is a system that supplies access to Resources and allows actors (Users or Applications) to authenticate.
/// </summary>
public sealed record Provider
{
    /// <summary>Unique identifier of the provider.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Organization that owns this provider.</summary>
    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }

    /// <summary>Zone this provider belongs to.</summary>
    [JsonPropertyName("zone_id")]
    public required string ZoneId { get; init; }

    /// <summary>Who owns this provider. Platform-owned providers cannot be modified via API. Absent from servers that predate it.</summary>
    [JsonPropertyName("owner_type")]
    public KeycardOwnerType? OwnerType { get; init; }

    /// <summary>URL-safe identifier, unique within the zone (1..63 characters).</summary>
    [JsonPropertyName("slug")]
    public required string Slug { get; init; }

    /// <summary>Human-readable name (1..255 characters).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Human-readable description (up to 2048 characters).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>User specified identifier, unique within the zone (1..2048 characters).</summary>
    [JsonPropertyName("identifier")]
    public required string Identifier { get; init; }

    /// <summary>The provider type.</summary>
    [JsonPropertyName("type")]
    public KeycardProviderType? Type { get; init; }

    /// <summary>OAuth 2.0 client identifier.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>Indicates whether a client secret is configured (the secret itself is write-only).</summary>
    [JsonPropertyName("client_secret_set")]
    public bool? ClientSecretSet { get; init; }

    /// <summary>Provider metadata (free-form JSON).</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }

    /// <summary>Protocol-specific configuration.</summary>
    [JsonPropertyName("protocols")]
    public ProviderProtocols? Protocols { get; init; }

    /// <summary>Entity creation timestamp.</summary>
    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Entity update timestamp.</summary>
    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
