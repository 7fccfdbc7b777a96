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

    /// <summary>Fields a newer server sent that this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement> AdditionalProperties { get; internal set; } = new Dictionary<string, JsonElement>();
}
