using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The OIDC claim mapped to a Zitadel user field (legacy IdPs). Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<OidcMappingField>))]
public readonly record struct OidcMappingField : IExtensibleEnum<OidcMappingField>
{
    /// <summary><c>OIDC_MAPPING_FIELD_UNSPECIFIED</c>.</summary>
    public static OidcMappingField Unspecified { get; } = new("OIDC_MAPPING_FIELD_UNSPECIFIED");

    /// <summary><c>OIDC_MAPPING_FIELD_PREFERRED_USERNAME</c>.</summary>
    public static OidcMappingField PreferredUsername { get; } = new("OIDC_MAPPING_FIELD_PREFERRED_USERNAME");

    /// <summary><c>OIDC_MAPPING_FIELD_EMAIL</c>.</summary>
    public static OidcMappingField Email { get; } = new("OIDC_MAPPING_FIELD_EMAIL");

    private static readonly OidcMappingField[] Known = [Unspecified, PreferredUsername, Email];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public OidcMappingField(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static OidcMappingField Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
