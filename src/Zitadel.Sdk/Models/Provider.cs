using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>An identity provider (an <c>idp.v1.Provider</c> of the templates API). Pattern-match <see cref="Config"/> to reach the provider-specific settings.</summary>
public sealed partial record Provider
{
    /// <summary>The identity provider id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Sequence, dates and resource owner of the object.</summary>
    [JsonPropertyName("details")]
    public ObjectDetails? Details { get; init; }

    /// <summary>The state.</summary>
    [JsonPropertyName("state")]
    public IdpState? State { get; init; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Whether the instance (system) or an organization owns it.</summary>
    [JsonPropertyName("owner")]
    public IdpOwnerType? Owner { get; init; }

    /// <summary>The provider type.</summary>
    [JsonPropertyName("type")]
    public ProviderType? Type { get; init; }

    /// <summary>The configuration: shared options plus exactly one provider-specific variant.</summary>
    [JsonPropertyName("config")]
    public ProviderConfig? Config { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
