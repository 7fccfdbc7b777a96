using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A Facebook identity provider (<c>type: "facebook"</c>).</summary>
public sealed record FacebookIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>facebook</c>.</summary>
    public FacebookIdentityProvider()
        : base(IdentityProviderType.Facebook)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly FacebookConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new FacebookConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
