using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A Yandex identity provider (<c>type: "yandex"</c>).</summary>
public sealed record YandexIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>yandex</c>.</summary>
    public YandexIdentityProvider()
        : base(IdentityProviderType.Yandex)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly YandexConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new YandexConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
