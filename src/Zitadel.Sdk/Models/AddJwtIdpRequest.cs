using System.Text.Json.Serialization;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Adds a legacy JWT identity provider (deprecated API).</summary>
public sealed partial record AddJwtIdpRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>some identity providers specify the styling of the button to their login</summary>
    [JsonPropertyName("stylingType")]
    public IdpStylingType? StylingType { get; init; }

    /// <summary>the endpoint where the JWT can be extracted</summary>
    [JsonPropertyName("jwtEndpoint")]
    public string? JwtEndpoint { get; init; }

    /// <summary>the issuer of the JWT (for validation)</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>the endpoint to the key (JWK) which is used to sign the JWT with</summary>
    [JsonPropertyName("keysEndpoint")]
    public string? KeysEndpoint { get; init; }

    /// <summary>the name of the header where the JWT is sent in, default is authorization</summary>
    [JsonPropertyName("headerName")]
    public string? HeaderName { get; init; }

    /// <summary>Whether users are registered automatically.</summary>
    [JsonPropertyName("autoRegister")]
    public bool? AutoRegister { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.AddJwtIdpRequest);

    /// <summary>Checks the documented field limits before anything is sent.</summary>
    /// <param name="paramName">The parameter name used in messages.</param>
    internal void Validate(string paramName)
    {
        ArgumentGuard.Length(Name, paramName + ".Name", 1, 200, required: true);
        ArgumentGuard.Length(JwtEndpoint, paramName + ".JwtEndpoint", 1, 200, required: true);
        ArgumentGuard.Length(Issuer, paramName + ".Issuer", 1, 200, required: true);
        ArgumentGuard.Length(KeysEndpoint, paramName + ".KeysEndpoint", 1, 200, required: true);
        ArgumentGuard.Length(HeaderName, paramName + ".HeaderName", 1, 200, required: true);
    }
}
