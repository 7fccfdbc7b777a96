using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A generic SAML 2.0 identity provider (<c>type: "saml"</c>).</summary>
public sealed record SamlIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>saml</c>.</summary>
    public SamlIdentityProvider()
        : base(IdentityProviderType.Saml)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly SamlConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new SamlConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
