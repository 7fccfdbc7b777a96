using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a Okta provider (<c>okta</c>).</summary>
public sealed record OktaConfig : OAuthIdentityProviderConfig
{
    /// <summary>Custom claims to add from the id_token to the signed Access JWT.</summary>
    [JsonPropertyName("claims")]
    public IReadOnlyList<string>? Claims { get; init; }

    /// <summary>The claim name for email in the id_token response.</summary>
    [JsonPropertyName("email_claim_name")]
    public string? EmailClaimName { get; init; }

    /// <summary>Your Okta authorization server id.</summary>
    [JsonPropertyName("authorization_server_id")]
    public string? AuthorizationServerId { get; init; }

    /// <summary>Your Okta account URL.</summary>
    [JsonPropertyName("okta_account")]
    public string? OktaAccount { get; init; }
}
