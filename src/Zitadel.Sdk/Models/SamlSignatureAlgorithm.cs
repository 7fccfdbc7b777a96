using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The signature algorithm of signed SAML requests. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<SamlSignatureAlgorithm>))]
public readonly record struct SamlSignatureAlgorithm : IExtensibleEnum<SamlSignatureAlgorithm>
{
    /// <summary><c>SAML_SIGNATURE_UNSPECIFIED</c>.</summary>
    public static SamlSignatureAlgorithm Unspecified { get; } = new("SAML_SIGNATURE_UNSPECIFIED");

    /// <summary><c>SAML_SIGNATURE_RSA_SHA1</c>.</summary>
    public static SamlSignatureAlgorithm RsaSha1 { get; } = new("SAML_SIGNATURE_RSA_SHA1");

    /// <summary><c>SAML_SIGNATURE_RSA_SHA256</c>.</summary>
    public static SamlSignatureAlgorithm RsaSha256 { get; } = new("SAML_SIGNATURE_RSA_SHA256");

    /// <summary><c>SAML_SIGNATURE_RSA_SHA512</c>.</summary>
    public static SamlSignatureAlgorithm RsaSha512 { get; } = new("SAML_SIGNATURE_RSA_SHA512");

    private static readonly SamlSignatureAlgorithm[] Known = [Unspecified, RsaSha1, RsaSha256, RsaSha512];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public SamlSignatureAlgorithm(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static SamlSignatureAlgorithm Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
