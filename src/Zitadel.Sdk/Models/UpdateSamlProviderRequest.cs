using System.Text.Json.Serialization;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Replaces the settings of a SAML 2.0 identity provider; an empty secret keeps the stored one.</summary>
public sealed partial record UpdateSamlProviderRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The SAML metadata document (bytes); redacted from <c>ToString</c>.</summary>
    [JsonPropertyName("metadataXml")]
    public byte[]? MetadataXml { get; init; }

    /// <summary>Url to the metadata of the SAML identity provider.</summary>
    [JsonPropertyName("metadataUrl")]
    public string? MetadataUrl { get; init; }

    /// <summary>Binding which defines the type of communication with the identity provider.</summary>
    [JsonPropertyName("binding")]
    public SamlBinding? Binding { get; init; }

    /// <summary>Boolean which defines if the authentication requests are signed.</summary>
    [JsonPropertyName("withSignedRequest")]
    public bool? WithSignedRequest { get; init; }

    /// <summary>Linking, creation, auto-creation, auto-update and auto-linking options.</summary>
    [JsonPropertyName("providerOptions")]
    public ProviderOptions? ProviderOptions { get; init; }

    /// <summary>The requested NameID format.</summary>
    [JsonPropertyName("nameIdFormat")]
    public SamlNameIdFormat? NameIdFormat { get; init; }

    /// <summary>The attribute that identifies a user when the NameID format is transient.</summary>
    [JsonPropertyName("transientMappingAttributeName")]
    public string? TransientMappingAttributeName { get; init; }

    /// <summary>Whether federated logout is enabled.</summary>
    [JsonPropertyName("federatedLogoutEnabled")]
    public bool? FederatedLogoutEnabled { get; init; }

    /// <summary>Specify a Signature Algorithm that should be used to sign SAML requests and responses. Can be used only if the `with_signed_request` option is set to true.</summary>
    [JsonPropertyName("signatureAlgorithm")]
    public SamlSignatureAlgorithm? SignatureAlgorithm { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.UpdateSamlProviderRequest);

    /// <summary>Checks the documented field limits before anything is sent.</summary>
    /// <param name="paramName">The parameter name used in messages.</param>
    internal void Validate(string paramName)
    {
        ArgumentGuard.Length(Name, paramName + ".Name", 1, 200, required: true);
    }
}
