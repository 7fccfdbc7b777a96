using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>A GitHub identity provider (<c>type: "github"</c>).</summary>
public sealed record GitHubIdentityProvider : IdentityProvider
{
    /// <summary>Creates the variant; <see cref="IdentityProvider.Type"/> is <c>github</c>.</summary>
    public GitHubIdentityProvider()
        : base(IdentityProviderType.GitHub)
    {
    }

    // Source-generated deserialization passes null for an absent init property, so the default is restored here.
    private readonly GitHubConfig _config = new();

    /// <summary>The provider's configuration (empty, never <see langword="null"/>, when the JSON has none).</summary>
    [JsonPropertyName("config")]
    [JsonPropertyOrder(-1)]
    public new GitHubConfig Config { get => _config; init => _config = value ?? new(); }

    /// <inheritdoc />
    private protected override IdentityProviderConfig ConfigCore => Config;
}
