using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Json;

/// <summary>The <c>result</c> of a delete: <c>{"id": "..."}</c>.</summary>
internal sealed record DeletedIdentityProvider
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
