using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The part of the request a <see cref="CloudflareMessage"/> is about.</summary>
public sealed record CloudflareMessageSource
{
    /// <summary>A JSON pointer into the request body.</summary>
    [JsonPropertyName("pointer")]
    public string? JsonPointer { get; init; }
}
