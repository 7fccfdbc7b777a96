using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a SAML 2.0 provider: <c>config.saml</c> is present.</summary>
public sealed record SamlProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>saml</c>.</summary>
    public const string WireKey = "saml";

    /// <summary>The SAML 2.0 settings.</summary>
    [JsonPropertyName(WireKey)]
    public required SamlConfig Saml { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
