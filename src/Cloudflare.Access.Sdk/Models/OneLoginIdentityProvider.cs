using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>An OneLogin identity provider (<c>type: "onelogin"</c>).</summary>
public sealed record OneLoginIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>onelogin</c>.</summary>
    public OneLoginIdentityProvider()
        : base(IdentityProviderType.OneLogin)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly OneLoginConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new OneLoginConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
