using System.Text.Json.Serialization;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Replaces the settings of a generic OpenID Connect identity provider; an empty secret keeps the stored one.</summary>
public sealed partial record UpdateGenericOidcProviderRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>the OIDC issuer of the identity provider</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>client secret will only be updated if provided</summary>
    [JsonPropertyName("clientSecret")]
    public string? ClientSecret { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Linking, creation, auto-creation, auto-update and auto-linking options.</summary>
    [JsonPropertyName("providerOptions")]
    public ProviderOptions? ProviderOptions { get; init; }

    /// <summary>Whether user information is mapped from the ID token instead of the user-info endpoint.</summary>
    [JsonPropertyName("isIdTokenMapping")]
    public bool? IsIdTokenMapping { get; init; }

    /// <summary>Enable the use of Proof Key for Code Exchange (PKCE) for the OIDC flow.</summary>
    [JsonPropertyName("usePkce")]
    public bool? UsePkce { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.UpdateGenericOidcProviderRequest);

    /// <summary>Checks the documented field limits before anything is sent.</summary>
    /// <param name="paramName">The parameter name used in messages.</param>
    internal void Validate(string paramName)
    {
        ArgumentGuard.Length(Name, paramName + ".Name", 1, 200, required: true);
        ArgumentGuard.Length(Issuer, paramName + ".Issuer", 1, 200, required: true);
        ArgumentGuard.Length(ClientId, paramName + ".ClientId", 1, 200, required: true);
        ArgumentGuard.Length(ClientSecret, paramName + ".ClientSecret", 0, 1000, required: false);
    }
}
