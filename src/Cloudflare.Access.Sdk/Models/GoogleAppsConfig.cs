using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a Google Workspace provider (<c>google-apps</c>).</summary>
public sealed record GoogleAppsConfig : OAuthIdentityProviderConfig
{
    /// <summary>Custom claims to add from the id_token to the signed Access JWT.</summary>
    [JsonPropertyName("claims")]
    public IReadOnlyList<string>? Claims { get; init; }

    /// <summary>The claim name for email in the id_token response.</summary>
    [JsonPropertyName("email_claim_name")]
    public string? EmailClaimName { get; init; }

    /// <summary>Your company's Google Workspace domain (TLD).</summary>
    [JsonPropertyName("apps_domain")]
    public string? AppsDomain { get; init; }
}
