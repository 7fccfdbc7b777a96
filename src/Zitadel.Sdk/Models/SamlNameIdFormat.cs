using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The SAML NameID format. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<SamlNameIdFormat>))]
public readonly record struct SamlNameIdFormat : IExtensibleEnum<SamlNameIdFormat>
{
    /// <summary><c>SAML_NAME_ID_FORMAT_UNSPECIFIED</c>.</summary>
    public static SamlNameIdFormat Unspecified { get; } = new("SAML_NAME_ID_FORMAT_UNSPECIFIED");

    /// <summary><c>SAML_NAME_ID_FORMAT_EMAIL_ADDRESS</c>.</summary>
    public static SamlNameIdFormat EmailAddress { get; } = new("SAML_NAME_ID_FORMAT_EMAIL_ADDRESS");

    /// <summary><c>SAML_NAME_ID_FORMAT_PERSISTENT</c>.</summary>
    public static SamlNameIdFormat Persistent { get; } = new("SAML_NAME_ID_FORMAT_PERSISTENT");

    /// <summary><c>SAML_NAME_ID_FORMAT_TRANSIENT</c>.</summary>
    public static SamlNameIdFormat Transient { get; } = new("SAML_NAME_ID_FORMAT_TRANSIENT");

    private static readonly SamlNameIdFormat[] Known = [Unspecified, EmailAddress, Persistent, Transient];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public SamlNameIdFormat(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static SamlNameIdFormat Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
