using System.Text.Json.Serialization;
using Cloudflare.Access.Sdk.Models;

namespace Cloudflare.Access.Sdk.Json;

/// <summary>The V4 envelope <c>{success, errors, messages, result, result_info}</c> as it travels.</summary>
/// <typeparam name="T">The result type.</typeparam>
internal sealed record CloudflareEnvelope<T>
{
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    [JsonPropertyName("errors")]
    public IReadOnlyList<CloudflareMessage>? Errors { get; init; }

    [JsonPropertyName("messages")]
    public IReadOnlyList<CloudflareMessage>? Messages { get; init; }

    [JsonPropertyName("result")]
    public T? Result { get; init; }

    [JsonPropertyName("result_info")]
    public CloudflareResultInfo? ResultInfo { get; init; }
}
