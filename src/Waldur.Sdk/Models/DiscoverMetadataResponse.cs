using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waldur.Sdk.Models;

/// <summary>What <c>discover_metadata</c> found at an OIDC provider, with suggested mappings to Waldur User fields.</summary>
public sealed record DiscoverMetadataResponse
{
    /// <summary>Claims supported by the OIDC provider.</summary>
    [JsonPropertyName("claims_supported")]
    public IReadOnlyList<string> ClaimsSupported { get; init; } = [];

    /// <summary>Scopes supported by the OIDC provider.</summary>
    [JsonPropertyName("scopes_supported")]
    public IReadOnlyList<string> ScopesSupported { get; init; } = [];

    /// <summary>OIDC endpoints by kind (authorization, token, userinfo, logout).</summary>
    [JsonPropertyName("endpoints")]
    public IReadOnlyDictionary<string, string> Endpoints { get; init; } = new Dictionary<string, string>();

    /// <summary>Waldur User fields with suggested OIDC claims.</summary>
    [JsonPropertyName("waldur_fields")]
    public IReadOnlyList<WaldurFieldSuggestion> WaldurFields { get; init; } = [];

    /// <summary>Recommended scopes to request, based on the claim mappings.</summary>
    [JsonPropertyName("suggested_scopes")]
    public IReadOnlyList<string> SuggestedScopes { get; init; } = [];

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
