using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a PingOne provider (<c>pingone</c>).</summary>
public sealed record PingOneConfig : OAuthIdentityProviderConfig
{
    /// <summary>Custom claims to add from the id_token to the signed Access JWT.</summary>
    [JsonPropertyName("claims")]
    public IReadOnlyList<string>? Claims { get; init; }

    /// <summary>The claim name for email in the id_token response.</summary>
    [JsonPropertyName("email_claim_name")]
    public string? EmailClaimName { get; init; }

    /// <summary>Your PingOne environment identifier.</summary>
    [JsonPropertyName("ping_env_id")]
    public string? PingEnvId { get; init; }
}
