using System.Text;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The OAuth client settings every OAuth/OIDC-based provider type shares (<c>client_id</c>, <c>client_secret</c>).</summary>
public abstract record OAuthIdentityProviderConfig : IdentityProviderConfig
{
    /// <summary>Your OAuth Client ID.</summary>
    [JsonPropertyName("client_id")]
    [JsonPropertyOrder(-2)]
    public string? ClientId { get; init; }

    /// <summary>Your OAuth Client Secret; never printed by <see cref="object.ToString"/>.</summary>
    [JsonPropertyName("client_secret")]
    [JsonPropertyOrder(-1)]
    public string? ClientSecret { get; init; }

    /// <summary>Prints the client id and a redacted client secret.</summary>
    /// <param name="builder">The destination.</param>
    /// <returns><see langword="true"/>: members were printed.</returns>
    protected override bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("ClientId = ").Append(ClientId)
            .Append(", ClientSecret = ").Append(ClientSecret is null ? "null" : SecretRedactor.Mask);
        return true;
    }
}
