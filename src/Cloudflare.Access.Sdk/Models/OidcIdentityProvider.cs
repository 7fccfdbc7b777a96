using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A generic OpenID Connect identity provider (<c>type: "oidc"</c>).</summary>
public sealed record OidcIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>oidc</c>.</summary>
    public OidcIdentityProvider()
        : base(IdentityProviderType.Oidc)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly OidcConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new OidcConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
