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

    /// <summary>Fields a newer server sent that this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement> AdditionalProperties { get; internal set; } = new Dictionary<string, JsonElement>();
}
