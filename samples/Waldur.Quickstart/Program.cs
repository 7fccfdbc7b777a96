// Waldur quickstart: count, list, discover, create, read, update and delete identity providers.
// Runs against the local emulator unless WALDUR_BASE_URL and WALDUR_TOKEN are set.
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Waldur.Sdk;
using Waldur.Sdk.Models;

await using var emulator = Environment.GetEnvironmentVariable("WALDUR_BASE_URL") is null
    ? await IdentityProviderEmulator.StartAsync()
    : null;

var options = new WaldurClientOptions
{
    BaseAddress = emulator?.Waldur.BaseUrl ?? new Uri(Environment.GetEnvironmentVariable("WALDUR_BASE_URL")!),
    Token = emulator?.Waldur.Token ?? Environment.GetEnvironmentVariable("WALDUR_TOKEN"), // sent as "Authorization: Token <key>"
};
Console.WriteLine(emulator is null ? $"Using {options.BaseAddress}" : $"Using the local emulator at {options.BaseAddress}");

using var client = new WaldurClient(options);
var providers = client.IdentityProviders;

// HEAD request: the total comes from the x-result-count header, no body is transferred.
Console.WriteLine($"{await providers.CountAsync()} identity providers");

// Pages are fetched lazily (300 per page by default, Waldur's cap); only one page is in memory at a time.
await foreach (var provider in providers.ListAsync())
{
    Console.WriteLine($"{provider.Provider,-14} {(provider.IsActive == false ? "inactive" : "active"),-9} {provider.Label}");
}

// Ask Waldur what the OIDC provider supports and for a starting attribute mapping.
const string discoveryUrl = "https://login.quickstart.example.org/realms/research/.well-known/openid-configuration";
var suggestion = await providers.GenerateMappingAsync(new DiscoverMetadataRequest { DiscoveryUrl = discoveryUrl });
Console.WriteLine($"Suggested mapping: {suggestion.AttributeMapping}, scopes: {suggestion.ExtraScope}");

var created = await providers.CreateAsync(new IdentityProviderRequest
{
    Provider = "quickstart",
    Label = "Quickstart Keycloak",
    ClientId = "waldur-quickstart",
    ClientSecret = "from-your-secret-store", // Waldur returns it on reads; ToString() and logs redact it
    DiscoveryUrl = discoveryUrl,
    ExtraScope = suggestion.ExtraScope,
    AttributeMapping = suggestion.AttributeMapping,
    ProtectedFields = JsonStringList.From(["first_name", "last_name", "email"]),
});
Console.WriteLine($"Created {created}");

// PATCH sends only what you set: here the provider is disabled and its extra scopes are cleared (JSON null).
var updated = await providers.PartialUpdateAsync(created.Provider, new PatchedIdentityProviderRequest { IsActive = false, ExtraScope = null });
Console.WriteLine($"Active: {updated.IsActive}, extra scope: {updated.ExtraScope ?? "(none)"}");

try
{
    await providers.CreateAsync(new IdentityProviderRequest { Provider = "quickstart", Label = "Again", ClientId = "c", ClientSecret = "s", DiscoveryUrl = discoveryUrl });
}
catch (IdentityProviderBadRequestException e)
{
    // Django REST framework field errors, by field.
    Console.WriteLine($"Refused: {string.Join("; ", e.Details.FieldErrors.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"))}");
}

await providers.DeleteAsync(created.Provider);
try
{
    await providers.RetrieveAsync(created.Provider);
}
catch (IdentityProviderNotFoundException e)
{
    Console.WriteLine($"Deleted: {e.Message}");
}

// The same deployment through the cross-vendor abstraction.
var idp = client.AsIdentityProviderClient();
await foreach (var info in idp.ListAsync())
{
    Console.WriteLine($"{info.Vendor}/{info.Id}: {info.Protocol} {info.Issuer} (enabled: {info.Enabled})");
    break;
}
