using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A SAML attribute returned as a request header from the Access callback (an item of <c>config.header_attributes</c>).</summary>
public sealed record SamlHeaderAttribute
{
    /// <summary>The attribute name from the identity provider.</summary>
    [JsonPropertyName("attribute_name")]
    public string? AttributeName { get; init; }

    /// <summary>The header that will be added on the request to the origin.</summary>
    [JsonPropertyName("header_name")]
    public string? HeaderName { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
