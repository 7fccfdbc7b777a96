using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The SAML binding. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<SamlBinding>))]
public readonly record struct SamlBinding : IExtensibleEnum<SamlBinding>
{
    /// <summary><c>SAML_BINDING_UNSPECIFIED</c>.</summary>
    public static SamlBinding Unspecified { get; } = new("SAML_BINDING_UNSPECIFIED");

    /// <summary><c>SAML_BINDING_POST</c>.</summary>
    public static SamlBinding Post { get; } = new("SAML_BINDING_POST");

    /// <summary><c>SAML_BINDING_REDIRECT</c>.</summary>
    public static SamlBinding Redirect { get; } = new("SAML_BINDING_REDIRECT");

    /// <summary><c>SAML_BINDING_ARTIFACT</c>.</summary>
    public static SamlBinding Artifact { get; } = new("SAML_BINDING_ARTIFACT");

    private static readonly SamlBinding[] Known = [Unspecified, Post, Redirect, Artifact];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public SamlBinding(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static SamlBinding Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
