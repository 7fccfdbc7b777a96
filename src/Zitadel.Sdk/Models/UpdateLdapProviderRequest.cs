using System.Text.Json.Serialization;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Replaces the settings of an LDAP identity provider; an empty secret keeps the stored one.</summary>
public sealed partial record UpdateLdapProviderRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The LDAP server URLs, tried in order.</summary>
    [JsonPropertyName("servers")]
    public IReadOnlyList<string>? Servers { get; init; }

    /// <summary>Whether StartTLS is used.</summary>
    [JsonPropertyName("startTls")]
    public bool? StartTls { get; init; }

    /// <summary>The base DN.</summary>
    [JsonPropertyName("baseDn")]
    public string? BaseDn { get; init; }

    /// <summary>The DN to bind with.</summary>
    [JsonPropertyName("bindDn")]
    public string? BindDn { get; init; }

    /// <summary>The LDAP bind password; write-only, redacted from <c>ToString</c>.</summary>
    [JsonPropertyName("bindPassword")]
    public string? BindPassword { get; init; }

    /// <summary>The attribute users are searched by (e.g. <c>uid</c>).</summary>
    [JsonPropertyName("userBase")]
    public string? UserBase { get; init; }

    /// <summary>The object classes of users.</summary>
    [JsonPropertyName("userObjectClasses")]
    public IReadOnlyList<string>? UserObjectClasses { get; init; }

    /// <summary>The attributes a login name is matched against.</summary>
    [JsonPropertyName("userFilters")]
    public IReadOnlyList<string>? UserFilters { get; init; }

    /// <summary>The LDAP connection timeout (a protobuf duration on the wire, e.g. <c>"10s"</c>).</summary>
    [JsonPropertyName("timeout")]
    public TimeSpan? Timeout { get; init; }

    /// <summary>The mapping of LDAP attributes to Zitadel user fields.</summary>
    [JsonPropertyName("attributes")]
    public LdapAttributes? Attributes { get; init; }

    /// <summary>Linking, creation, auto-creation, auto-update and auto-linking options.</summary>
    [JsonPropertyName("providerOptions")]
    public ProviderOptions? ProviderOptions { get; init; }

    /// <summary>A root CA (PEM bytes) trusted for the TLS connection to the LDAP servers.</summary>
    [JsonPropertyName("rootCa")]
    public byte[]? RootCa { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.UpdateLdapProviderRequest);

    /// <summary>Checks the documented field limits before anything is sent.</summary>
    /// <param name="paramName">The parameter name used in messages.</param>
    internal void Validate(string paramName)
    {
        ArgumentGuard.Length(Name, paramName + ".Name", 1, 200, required: true);
        ArgumentGuard.Length(BaseDn, paramName + ".BaseDn", 1, 200, required: true);
        ArgumentGuard.Length(BindDn, paramName + ".BindDn", 1, 200, required: true);
        ArgumentGuard.Length(BindPassword, paramName + ".BindPassword", 0, 200, required: false);
        ArgumentGuard.Length(UserBase, paramName + ".UserBase", 1, 200, required: true);
    }
}
