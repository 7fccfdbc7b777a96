using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A PingOne identity provider (<c>type: "pingone"</c>).</summary>
public sealed record PingOneIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>pingone</c>.</summary>
    public PingOneIdentityProvider()
        : base(IdentityProviderType.PingOne)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly PingOneConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new PingOneConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
