// Cloudflare Zero Trust Access quickstart: list, create, update, pattern-match and delete identity providers.
// Runs against the local emulator unless CLOUDFLARE_BASE_URL is set, together with CLOUDFLARE_API_TOKEN (or
// CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY) and CLOUDFLARE_ACCOUNT_ID (or CLOUDFLARE_ZONE_ID).
using Cloudflare.Access.Sdk;
using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;

await using var emulator = Environment.GetEnvironmentVariable("CLOUDFLARE_BASE_URL") is null
    ? await IdentityProviderEmulator.StartAsync()
    : null;

var options = emulator is null
    ? new CloudflareAccessClientOptions
    {
        BaseAddress = new Uri(Environment.GetEnvironmentVariable("CLOUDFLARE_BASE_URL")!),
        ApiToken = Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN"),
        Email = Environment.GetEnvironmentVariable("CLOUDFLARE_EMAIL"),
        ApiKey = Environment.GetEnvironmentVariable("CLOUDFLARE_API_KEY"),
        AccountId = Environment.GetEnvironmentVariable("CLOUDFLARE_ACCOUNT_ID"),
        ZoneId = Environment.GetEnvironmentVariable("CLOUDFLARE_ZONE_ID"),
    }
    : new CloudflareAccessClientOptions
    {
        BaseAddress = emulator.Cloudflare.BaseUrl,
        ApiToken = emulator.Cloudflare.ApiToken,
        AccountId = emulator.Cloudflare.AccountId,
    };
Console.WriteLine(emulator is null ? $"Using {options.BaseAddress}" : $"Using the local emulator at {options.BaseAddress}");

using var client = new CloudflareAccessClient(options);
var idps = client.IdentityProviders; // the account (or zone) from the options; every call can also take a CloudflareScope

// Pages (page/per_page) are fetched lazily; only one page is in memory at a time.
await foreach (var idp in idps.ListAsync(options: new IdentityProviderListOptions { PerPage = 10 }))
{
    Console.WriteLine($"{idp.Id,-38} {idp.Type,-12} {Describe(idp)}");
}

// Each provider type is its own record with its own config type; `type` is set by the variant.
var created = await idps.CreateAsync(new OidcIdentityProvider
{
    Name = "Quickstart OIDC",
    Config = new OidcConfig
    {
        ClientId = "quickstart-client",
        ClientSecret = "from-your-secret-store", // never printed: ToString() redacts it
        AuthUrl = "https://login.example.com/oauth2/authorize",
        TokenUrl = "https://login.example.com/oauth2/token",
        CertsUrl = "https://login.example.com/oauth2/keys",
        Scopes = ["openid", "email", "profile"],
        PkceEnabled = true,
    },
});
Console.WriteLine($"Created {created}");

// Update is a PUT of the whole provider: change what you read with `with` and send it back.
var oidc = (OidcIdentityProvider)created;
var updated = await idps.UpdateAsync(oidc.Id!, oidc with
{
    Name = "Quickstart OIDC (renamed)",
    Config = oidc.Config with { EmailClaimName = "email" },
    ScimConfig = new IdentityProviderScimConfig { Enabled = true, UserDeprovision = true, IdentityUpdateBehavior = ScimIdentityUpdateBehavior.Automatic },
});
Console.WriteLine($"Renamed to {updated.Name}; SCIM enabled: {updated.ScimConfig?.Enabled}");

var deletedId = await idps.DeleteAsync(updated.Id!);
Console.WriteLine($"Deleted {deletedId}");

// Errors are typed: the V4 envelope's codes and messages are on the exception.
try
{
    await idps.GetAsync(deletedId);
}
catch (IdentityProviderNotFoundException e)
{
    Console.WriteLine($"Not found any more: [{string.Join(", ", e.ErrorCodes)}] {e.Message}");
}

// Arguments are checked before anything is sent.
try
{
    await idps.CreateAsync(new OneTimePinIdentityProvider { Name = "PIN", ScimConfig = new IdentityProviderScimConfig { Enabled = true } });
}
catch (ArgumentException e)
{
    Console.WriteLine($"Rejected locally: {e.Message}");
}

static string Describe(IdentityProvider idp) => idp switch
{
    OidcIdentityProvider oidc => $"{idp.Name}: OIDC client {oidc.Config.ClientId} at {oidc.Config.AuthUrl}",
    SamlIdentityProvider saml => $"{idp.Name}: SAML issuer {saml.Config.IssuerUrl}",
    AzureADIdentityProvider azure => $"{idp.Name}: Entra directory {azure.Config.DirectoryId}",
    OktaIdentityProvider okta => $"{idp.Name}: Okta {okta.Config.OktaAccount}",
    OneTimePinIdentityProvider => $"{idp.Name}: one-time PIN by e-mail",
    UnknownIdentityProvider unknown => $"{idp.Name}: a type this SDK does not know ({unknown.Discriminator})",
    _ => $"{idp.Name}: client {(idp.Config as OAuthIdentityProviderConfig)?.ClientId}",
};
