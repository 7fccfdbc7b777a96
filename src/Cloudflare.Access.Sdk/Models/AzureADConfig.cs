using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a Microsoft Entra ID (Azure AD) provider (<c>azureAD</c>).</summary>
public sealed record AzureADConfig : OAuthIdentityProviderConfig
{
    /// <summary>Custom claims to add from the id_token to the signed Access JWT.</summary>
    [JsonPropertyName("claims")]
    public IReadOnlyList<string>? Claims { get; init; }

    /// <summary>The claim name for email in the id_token response.</summary>
    [JsonPropertyName("email_claim_name")]
    public string? EmailClaimName { get; init; }

    /// <summary>Whether Cloudflare tries to load authentication contexts from your account.</summary>
    [JsonPropertyName("conditional_access_enabled")]
    public bool? ConditionalAccessEnabled { get; init; }

    /// <summary>Your Azure directory UUID.</summary>
    [JsonPropertyName("directory_id")]
    public string? DirectoryId { get; init; }

    /// <summary>The type of user interaction required at sign-in.</summary>
    [JsonPropertyName("prompt")]
    public AzureADPrompt? Prompt { get; init; }

    /// <summary>Whether Cloudflare tries to load groups from your account.</summary>
    [JsonPropertyName("support_groups")]
    public bool? SupportGroups { get; init; }
}
