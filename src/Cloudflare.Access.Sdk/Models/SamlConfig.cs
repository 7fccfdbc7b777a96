using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a generic SAML 2.0 provider (<c>saml</c>).</summary>
public sealed record SamlConfig : IdentityProviderConfig
{
    /// <summary>SAML attribute names added to the signed JWT and usable in SAML policy rules.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<string>? Attributes { get; init; }

    /// <summary>The attribute name for email in the SAML response.</summary>
    [JsonPropertyName("email_attribute_name")]
    public string? EmailAttributeName { get; init; }

    /// <summary>Attributes returned as request headers from the Access callback.</summary>
    [JsonPropertyName("header_attributes")]
    public IReadOnlyList<SamlHeaderAttribute>? HeaderAttributes { get; init; }

    /// <summary>X.509 certificates that verify the signature of the SAML authentication response.</summary>
    [JsonPropertyName("idp_public_certs")]
    public IReadOnlyList<string>? IdpPublicCerts { get; init; }

    /// <summary>The IdP Entity ID or issuer URL.</summary>
    [JsonPropertyName("issuer_url")]
    public string? IssuerUrl { get; init; }

    /// <summary>Whether to sign the SAML authentication request with Access credentials.</summary>
    [JsonPropertyName("sign_request")]
    public bool? SignRequest { get; init; }

    /// <summary>The URL SAML authentication requests are sent to.</summary>
    [JsonPropertyName("sso_target_url")]
    public string? SsoTargetUrl { get; init; }
}
