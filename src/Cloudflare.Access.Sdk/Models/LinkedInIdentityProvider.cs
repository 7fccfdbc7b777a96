using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A LinkedIn identity provider (<c>type: "linkedin"</c>).</summary>
public sealed record LinkedInIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>linkedin</c>.</summary>
    public LinkedInIdentityProvider()
        : base(IdentityProviderType.LinkedIn)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly LinkedInConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new LinkedInConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
