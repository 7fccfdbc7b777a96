using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waldur.Sdk.Models;

/// <summary>A suggested <c>attribute_mapping</c> and scopes for an OIDC provider (the answer of <c>generate-mapping</c>).</summary>
public sealed record GenerateMappingResponse
{
    /// <summary>Suggested mapping of Waldur fields to OIDC claims; usable as <see cref="IdentityProviderRequest.AttributeMapping"/>.</summary>
    [JsonPropertyName("attribute_mapping")]
    public AttributeMapping? AttributeMapping { get; init; }

    /// <summary>Suggested scopes to request (space-separated).</summary>
    [JsonPropertyName("extra_scope")]
    public string? ExtraScope { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
