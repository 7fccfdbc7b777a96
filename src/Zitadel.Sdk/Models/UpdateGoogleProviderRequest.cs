using System.Text.Json.Serialization;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Replaces the settings of a Google identity provider; an empty secret keeps the stored one.</summary>
public sealed partial record UpdateGoogleProviderRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The client id registered at the upstream provider.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>Client secret will only be updated if provided</summary>
    [JsonPropertyName("clientSecret")]
    public string? ClientSecret { get; init; }

    /// <summary>The scopes requested from the upstream provider.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Linking, creation, auto-creation, auto-update and auto-linking options.</summary>
    [JsonPropertyName("providerOptions")]
    public ProviderOptions? ProviderOptions { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.UpdateGoogleProviderRequest);

    /// <summary>Checks the documented field limits before anything is sent.</summary>
    /// <param name="paramName">The parameter name used in messages.</param>
    internal void Validate(string paramName)
    {
        ArgumentGuard.Length(Name, paramName + ".Name", 0, 200, required: false);
        ArgumentGuard.Length(ClientId, paramName + ".ClientId", 1, 200, required: true);
        ArgumentGuard.Length(ClientSecret, paramName + ".ClientSecret", 0, 200, required: false);
    }
}
