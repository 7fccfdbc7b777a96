using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of an Azure AD provider (<c>config.azureAd</c>).</summary>
public sealed partial record AzureADConfig
{
    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>Defines what user accounts should be able to login (Personal, Organizational, All)</summary>
    [JsonPropertyName("tenant")]
    public AzureADTenant? Tenant { get; init; }

    /// <summary>Azure AD doesn't send if the email has been verified. Enable this if the user email should always be added verified in Zitadel (no verification emails will be sent)</summary>
    [JsonPropertyName("emailVerified")]
    public bool? EmailVerified { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }
}
