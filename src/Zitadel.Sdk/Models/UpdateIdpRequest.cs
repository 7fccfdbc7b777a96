using System.Text.Json.Serialization;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Updates the name, styling and auto-registration of a legacy identity provider (deprecated API).</summary>
public sealed partial record UpdateIdpRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>some identity providers specify the styling of the button to their login</summary>
    [JsonPropertyName("stylingType")]
    public IdpStylingType? StylingType { get; init; }

    /// <summary>Whether users are registered automatically.</summary>
    [JsonPropertyName("autoRegister")]
    public bool? AutoRegister { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.UpdateIdpRequest);

    /// <summary>Checks the documented field limits before anything is sent.</summary>
    /// <param name="paramName">The parameter name used in messages.</param>
    internal void Validate(string paramName)
    {
        ArgumentGuard.Length(Name, paramName + ".Name", 1, 200, required: true);
    }
}
