using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The <see cref="ProviderConfig"/> variant of a LDAP provider: <c>config.ldap</c> is present.</summary>
public sealed record LdapProviderConfig : ProviderConfig
{
    /// <summary>The wire key of this variant, <c>ldap</c>.</summary>
    public const string WireKey = "ldap";

    /// <summary>The LDAP settings.</summary>
    [JsonPropertyName(WireKey)]
    public required LdapConfig Ldap { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Key => WireKey;
}
