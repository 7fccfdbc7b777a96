using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A Centrify identity provider (<c>type: "centrify"</c>).</summary>
public sealed record CentrifyIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>centrify</c>.</summary>
    public CentrifyIdentityProvider()
        : base(IdentityProviderType.Centrify)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly CentrifyConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new CentrifyConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
