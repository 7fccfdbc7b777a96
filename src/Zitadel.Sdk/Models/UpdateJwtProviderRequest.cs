using System.Text.Json.Serialization;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Replaces the settings of a generic JWT identity provider; an empty secret keeps the stored one.</summary>
public sealed partial record UpdateJwtProviderRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The issuer.</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>The endpoint where the JWT is extracted.</summary>
    [JsonPropertyName("jwtEndpoint")]
    public string? JwtEndpoint { get; init; }

    /// <summary>The endpoint of the keys (JWKS) that sign the JWT.</summary>
    [JsonPropertyName("keysEndpoint")]
    public string? KeysEndpoint { get; init; }

    /// <summary>The header the JWT is sent in.</summary>
    [JsonPropertyName("headerName")]
    public string? HeaderName { get; init; }

    /// <summary>Linking, creation, auto-creation, auto-update and auto-linking options.</summary>
    [JsonPropertyName("providerOptions")]
    public ProviderOptions? ProviderOptions { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.UpdateJwtProviderRequest);

    /// <summary>Checks the documented field limits before anything is sent.</summary>
    /// <param name="paramName">The parameter name used in messages.</param>
    internal void Validate(string paramName)
    {
        ArgumentGuard.Length(Name, paramName + ".Name", 1, 200, required: true);
        ArgumentGuard.Length(Issuer, paramName + ".Issuer", 1, 200, required: true);
        ArgumentGuard.Length(JwtEndpoint, paramName + ".JwtEndpoint", 1, 200, required: true);
        ArgumentGuard.Length(KeysEndpoint, paramName + ".KeysEndpoint", 0, 200, required: false);
        ArgumentGuard.Length(HeaderName, paramName + ".HeaderName", 1, 200, required: true);
    }
}
