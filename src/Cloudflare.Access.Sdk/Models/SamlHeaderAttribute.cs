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

    /// <summary>Fields a newer server sent that this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement> AdditionalProperties { get; internal set; } = new Dictionary<string, JsonElement>();
}
