using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a Azure AD (Microsoft Entra ID) provider: <c>config.azureAd</c> is present.</summary>
public sealed record AzureADProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>azureAd</c>.</summary>
    public const string WireKey = "azureAd";

    /// <summary>The Azure AD (Microsoft Entra ID) settings.</summary>
    [JsonPropertyName(WireKey)]
    public required AzureADConfig AzureAD { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
