using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>An Okta identity provider (<c>type: "okta"</c>).</summary>
public sealed record OktaIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>okta</c>.</summary>
    public OktaIdentityProvider()
        : base(IdentityProviderType.Okta)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly OktaConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new OktaConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
