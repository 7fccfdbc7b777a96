using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A Google Workspace identity provider (<c>type: "google-apps"</c>).</summary>
public sealed record GoogleAppsIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>google-apps</c>.</summary>
    public GoogleAppsIdentityProvider()
        : base(IdentityProviderType.GoogleApps)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly GoogleAppsConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new GoogleAppsConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
