using System.Text.Json.Serialization;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a SAML provider (<c>config.saml</c>).</summary>
public sealed partial record SamlConfig
{
    /// <summary>Metadata of the SAML identity provider.</summary>
    [JsonPropertyName("metadataXml")]
    public byte[]? MetadataXml { get; init; }

    /// <summary>Binding which defines the type of communication with the identity provider.</summary>
    [JsonPropertyName("binding")]
    public SamlBinding? Binding { get; init; }

    /// <summary>Boolean which defines if the authentication requests are signed.</summary>
    [JsonPropertyName("withSignedRequest")]
    public bool? WithSignedRequest { get; init; }

    /// <summary>`nameid-format` for the SAML Request.</summary>
    [JsonPropertyName("nameIdFormat")]
    public SamlNameIdFormat? NameIdFormat { get; init; }

    /// <summary>The attribute that identifies a user when the NameID format is transient.</summary>
    [JsonPropertyName("transientMappingAttributeName")]
    public string? TransientMappingAttributeName { get; init; }

    /// <summary>Whether federated logout is enabled.</summary>
    [JsonPropertyName("federatedLogoutEnabled")]
    public bool? FederatedLogoutEnabled { get; init; }

    /// <summary>The signature algorithm of signed requests.</summary>
    [JsonPropertyName("signatureAlgorithm")]
    public SamlSignatureAlgorithm? SignatureAlgorithm { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.SamlConfig);
}
