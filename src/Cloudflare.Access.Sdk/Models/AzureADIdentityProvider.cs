using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A Microsoft Entra ID (Azure AD) identity provider (<c>type: "azureAD"</c>).</summary>
public sealed record AzureADIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>azureAD</c>.</summary>
    public AzureADIdentityProvider()
        : base(IdentityProviderType.AzureAD)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly AzureADConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new AzureADConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
