using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>An one-time PIN (e-mail) identity provider (<c>type: "onetimepin"</c>).</summary>
public sealed record OneTimePinIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>onetimepin</c>.</summary>
    public OneTimePinIdentityProvider()
        : base(IdentityProviderType.OneTimePin)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly OneTimePinConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new OneTimePinConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
