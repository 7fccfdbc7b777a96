using System.Text.Json.Serialization;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Migrates a generic OIDC provider to an Azure AD or a Google provider, keeping its id and linked users: give exactly one of <see cref="Azure"/> or <see cref="Google"/>.</summary>
public sealed partial record MigrateGenericOidcProviderRequest
{
    /// <summary>Migrate to Azure AD with these settings.</summary>
    [JsonPropertyName("azure")]
    public AddAzureADProviderRequest? Azure { get; init; }

    /// <summary>Migrate to Google with these settings.</summary>
    [JsonPropertyName("google")]
    public AddGoogleProviderRequest? Google { get; init; }

    /// <summary>Describes the value as JSON with secrets (client secret, bind password, keys, SAML metadata) redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ZitadelJson.Describe(this, ZitadelJsonContext.Default.MigrateGenericOidcProviderRequest);
}
