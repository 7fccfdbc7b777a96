using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a Centrify provider (<c>centrify</c>).</summary>
public sealed record CentrifyConfig : OAuthIdentityProviderConfig
{
    /// <summary>Custom claims to add from the id_token to the signed Access JWT.</summary>
    [JsonPropertyName("claims")]
    public IReadOnlyList<string>? Claims { get; init; }

    /// <summary>The claim name for email in the id_token response.</summary>
    [JsonPropertyName("email_claim_name")]
    public string? EmailClaimName { get; init; }

    /// <summary>Your Centrify account URL.</summary>
    [JsonPropertyName("centrify_account")]
    public string? CentrifyAccount { get; init; }

    /// <summary>Your Centrify app id.</summary>
    [JsonPropertyName("centrify_app_id")]
    public string? CentrifyAppId { get; init; }
}
