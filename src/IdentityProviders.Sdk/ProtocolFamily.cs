using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk;

/// <summary>The protocol family an identity provider speaks, normalized across vendors.</summary>
/// <remarks>An extensible string value: values this SDK version does not know are preserved, not rejected.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<ProtocolFamily>))]
public readonly record struct ProtocolFamily : IExtensibleEnum<ProtocolFamily>
{
    /// <summary>OpenID Connect.</summary>
    public static ProtocolFamily Oidc { get; } = new("oidc");

    /// <summary>Plain OAuth 2.0 (no OpenID Connect layer).</summary>
    public static ProtocolFamily OAuth2 { get; } = new("oauth2");

    /// <summary>SAML 2.0.</summary>
    public static ProtocolFamily Saml { get; } = new("saml");

    /// <summary>LDAP directory bind.</summary>
    public static ProtocolFamily Ldap { get; } = new("ldap");

    /// <summary>JSON Web Token based federation.</summary>
    public static ProtocolFamily Jwt { get; } = new("jwt");

    /// <summary>A social login (GitHub, Google, Facebook, ...) with vendor-managed protocol details.</summary>
    public static ProtocolFamily Social { get; } = new("social");

    /// <summary>One-time PIN sent by e-mail.</summary>
    public static ProtocolFamily OneTimePin { get; } = new("one-time-pin");

    /// <summary>Anything else.</summary>
    public static ProtocolFamily Other { get; } = new("other");

    private static readonly ProtocolFamily[] Known = [Oidc, OAuth2, Saml, Ldap, Jwt, Social, OneTimePin, Other];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public ProtocolFamily(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static ProtocolFamily Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
