using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>A legacy identity provider (<c>idp.v1.IDP</c>) of the deprecated API: only OIDC and JWT configurations, and it misses providers created with the templates API.</summary>
public sealed partial record Idp
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

    /// <summary>some identity providers specify the styling of the button to their login</summary>
    [JsonPropertyName("stylingType")]
    public IdpStylingType? StylingType { get; init; }

    /// <summary>Whether the instance (system) or an organization owns it.</summary>
    [JsonPropertyName("owner")]
    public IdpOwnerType? Owner { get; init; }

    /// <summary>The OIDC configuration (legacy OIDC IdPs).</summary>
    [JsonPropertyName("oidcConfig")]
    public OidcConfig? OidcConfig { get; init; }

    /// <summary>The JWT configuration (legacy JWT IdPs).</summary>
    [JsonPropertyName("jwtConfig")]
    public JwtConfig? JwtConfig { get; init; }

    /// <summary>Whether users are registered automatically.</summary>
    [JsonPropertyName("autoRegister")]
    public bool? AutoRegister { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
