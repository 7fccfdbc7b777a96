// Keycard quickstart: list, create, read, update and delete providers in a zone.
// Runs against the local emulator unless KEYCARD_BASE_URL, KEYCARD_TOKEN and KEYCARD_ZONE_ID are set.
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Keycard.Sdk.Models;

await using var emulator = Environment.GetEnvironmentVariable("KEYCARD_BASE_URL") is null
    ? await IdentityProviderEmulator.StartAsync()
    : null;

var options = new KeycardClientOptions
{
    BaseAddress = emulator?.Keycard.BaseUrl ?? new Uri(Environment.GetEnvironmentVariable("KEYCARD_BASE_URL")!),
    Token = emulator?.Keycard.Token ?? Environment.GetEnvironmentVariable("KEYCARD_TOKEN"),
};
var zoneId = emulator?.Keycard.ZoneId ?? Environment.GetEnvironmentVariable("KEYCARD_ZONE_ID")!;
Console.WriteLine(emulator is null ? $"Using {options.BaseAddress}" : $"Using the local emulator at {options.BaseAddress}");

using var client = new KeycardClient(options);
var providers = client.Zones.Providers;

// Every page is fetched lazily; only one page is in memory at a time.
await foreach (var provider in providers.ListAsync(zoneId, new ProviderListOptions { Limit = 50 }))
{
    Console.WriteLine($"{provider.Id,-26} {provider.Type?.Value,-14} {provider.Name}");
}

var created = await providers.CreateAsync(zoneId, new ProviderCreateRequest
{
    Name = "Quickstart Okta",
    Identifier = "https://quickstart.okta.example.com",
    ClientId = "0oa-quickstart",
    ClientSecret = "from-your-secret-store", // write-only: responses only say client_secret_set
    Protocols = new ProviderProtocols
    {
        OAuth2 = new ProviderOAuth2Protocol { Issuer = "https://quickstart.okta.example.com", ScopesSupported = ["openid", "email"] },
        OpenId = new ProviderOpenIdProtocol { UserinfoEndpoint = "https://quickstart.okta.example.com/userinfo" },
    },
});
Console.WriteLine($"Created {created.Id} (client secret set: {created.ClientSecretSet})");

// PATCH sends only what you set: here the name changes and the description is cleared.
var updated = await providers.UpdateAsync(zoneId, created.Id, new ProviderUpdateRequest { Name = "Quickstart Okta (renamed)", Description = null });
Console.WriteLine($"Renamed to {updated.Name}");

await providers.DeleteAsync(zoneId, created.Id);
try
{
    await providers.RetrieveAsync(zoneId, created.Id);
}
catch (IdentityProviderNotFoundException e)
{
    Console.WriteLine($"Deleted: {e.Message}");
}

// The same zone through the cross-vendor abstraction.
var idp = client.AsIdentityProviderClient(zoneId);
var count = 0;
await foreach (var info in idp.ListAsync())
{
    count++;
}

Console.WriteLine($"{count} providers in zone {zoneId} ({idp.Vendor})");
