// Zitadel quickstart: list with filters, add a generic OIDC and an LDAP provider, update one, pattern-match on the
// config union, delete. Runs against the local emulator unless ZITADEL_BASE_URL is set, with ZITADEL_TOKEN (a personal
// access token) or ZITADEL_KEY_FILE (a service-user key file), and optionally ZITADEL_ORG_ID.
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Zitadel.Sdk;
using Zitadel.Sdk.Models;

await using var emulator = Environment.GetEnvironmentVariable("ZITADEL_BASE_URL") is null
    ? await IdentityProviderEmulator.StartAsync()
    : null;

var options = new ZitadelClientOptions
{
    BaseAddress = emulator?.Zitadel.BaseUrl ?? new Uri(Environment.GetEnvironmentVariable("ZITADEL_BASE_URL")!),
    OrganizationId = Environment.GetEnvironmentVariable("ZITADEL_ORG_ID"),
};
if (emulator is not null)
{
    // The emulator issues a service-user key file too: the client signs JWT profile assertions with it.
    options.ServiceAccountKey = ZitadelServiceAccountKey.Parse(emulator.Zitadel.KeyFileJson);
}
else if (Environment.GetEnvironmentVariable("ZITADEL_KEY_FILE") is { } keyFile)
{
    options.ServiceAccountKey = ZitadelServiceAccountKey.FromFile(keyFile);
}
else
{
    options.Token = Environment.GetEnvironmentVariable("ZITADEL_TOKEN");
}

Console.WriteLine(emulator is null ? $"Using {options.BaseAddress}" : $"Using the local emulator at {options.BaseAddress}");
using var client = new ZitadelClient(options);
var idps = client.Organization; // the management API; client.Instance is the admin API with the same operations

// Filters: the organization's own providers whose name contains "oidc", any case. Pages are fetched lazily.
var filter = new ListProvidersOptions
{
    PageSize = 50,
    Queries = [ProviderQuery.ByOwnerType(IdpOwnerType.Org), ProviderQuery.ByName("oidc", TextQueryMethod.ContainsIgnoreCase)],
};
await foreach (var provider in idps.ListProvidersAsync(filter))
{
    Console.WriteLine($"{provider.Id,-20} {provider.Type?.Value,-34} {provider.Name}");
}

var oidc = await idps.AddGenericOidcProviderAsync(new AddGenericOidcProviderRequest
{
    Name = "Quickstart OIDC",
    Issuer = "https://accounts.example.com",
    ClientId = "quickstart-client",
    ClientSecret = "from-your-secret-store", // write-only: never returned, redacted from ToString and logs
    Scopes = ["openid", "profile", "email"],
    ProviderOptions = new ProviderOptions { IsLinkingAllowed = true, IsCreationAllowed = true, IsAutoCreation = true, AutoLinking = AutoLinkingOption.Email },
});
var ldap = await idps.AddLdapProviderAsync(new AddLdapProviderRequest
{
    Name = "Quickstart LDAP",
    Servers = ["ldaps://ldap.example.com:636"],
    BaseDn = "dc=example,dc=com",
    BindDn = "cn=readonly,dc=example,dc=com",
    BindPassword = "from-your-secret-store",
    UserBase = "uid",
    UserObjectClasses = ["inetOrgPerson"],
    UserFilters = ["uid", "mail"],
    Timeout = TimeSpan.FromSeconds(10), // "10s" on the wire
    Attributes = new LdapAttributes { IdAttribute = "uid", EmailAttribute = "mail" },
});
Console.WriteLine($"Added OIDC {oidc.Id} and LDAP {ldap.Id}");

// Updates replace the type's settings; an empty secret keeps the stored one.
await idps.UpdateGenericOidcProviderAsync(oidc.Id!, new UpdateGenericOidcProviderRequest
{
    Name = "Quickstart OIDC (renamed)",
    Issuer = "https://accounts.example.com",
    ClientId = "quickstart-client",
    Scopes = ["openid", "email"],
});

// The config is a union: one variant per provider type, or UnknownProviderConfig for a type this SDK does not know.
foreach (var id in new[] { oidc.Id!, ldap.Id! })
{
    var provider = await idps.GetProviderAsync(id);
    var summary = provider.Config switch
    {
        GenericOidcProviderConfig { Oidc: var c } => $"OIDC issuer {c.Issuer}, scopes {string.Join(' ', c.Scopes ?? [])}",
        LdapProviderConfig { Ldap: var c } => $"LDAP {string.Join(", ", c.Servers ?? [])}, timeout {c.Timeout}",
        SamlProviderConfig { Saml: var c } => $"SAML binding {c.Binding}",
        UnknownProviderConfig unknown => $"a provider type this SDK does not know ({unknown.Key})",
        _ => provider.Type?.Value ?? "unknown",
    };
    Console.WriteLine($"{provider.Name}: {summary}");
}

await idps.DeleteProviderAsync(oidc.Id!);
await idps.DeleteProviderAsync(ldap.Id!);
try
{
    await idps.GetProviderAsync(oidc.Id!);
}
catch (IdentityProviderNotFoundException e)
{
    Console.WriteLine($"Deleted (gRPC code {e.GetGrpcStatusCode()}): {e.Message}");
}

// The same organization through the cross-vendor abstraction.
var count = 0;
await foreach (var info in client.AsIdentityProviderClient().ListAsync())
{
    count++;
    _ = info.Protocol;
}

Console.WriteLine($"{count} providers visible to the organization (its own and the instance's).");
