using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A Google identity provider (<c>type: "google"</c>).</summary>
public sealed record GoogleIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>google</c>.</summary>
    public GoogleIdentityProvider()
        : base(IdentityProviderType.Google)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly GoogleConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new GoogleConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
