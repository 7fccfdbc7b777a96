using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>An item of the V4 envelope's <c>errors</c> or <c>messages</c> array.</summary>
public sealed record CloudflareMessage
{
    /// <summary>The Cloudflare code (1000 or more).</summary>
    [JsonPropertyName("code")]
    public int Code { get; init; }

    /// <summary>The human-readable message.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init; } = string.Empty;

    /// <summary>A link to documentation about the code, when sent.</summary>
    [JsonPropertyName("documentation_url")]
    public string? DocumentationUrl { get; init; }

    /// <summary>Where in the request the problem is, when sent.</summary>
    [JsonPropertyName("source")]
    public CloudflareMessageSource? Source { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
