using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a generic OpenID Connect provider: <c>config.oidc</c> is present.</summary>
public sealed record GenericOidcProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>oidc</c>.</summary>
    public const string WireKey = "oidc";

    /// <summary>The generic OpenID Connect settings.</summary>
    [JsonPropertyName(WireKey)]
    public required GenericOidcConfig Oidc { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
