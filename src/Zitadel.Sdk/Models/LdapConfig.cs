using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of an LDAP provider (<c>config.ldap</c>); the bind password is write-only and never returned.</summary>
public sealed partial record LdapConfig
{
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

    /// <summary>A root CA (PEM bytes) trusted for the TLS connection to the LDAP servers.</summary>
    [JsonPropertyName("rootCa")]
    public byte[]? RootCa { get; init; }
}
