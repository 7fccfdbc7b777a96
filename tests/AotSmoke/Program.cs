// Native AOT smoke test (docs/aot.md): every vendor SDK, compiled ahead of time, against the in-process emulator.
// Per vendor: the vendor's own API (list over several pages, get, create with a typed request, delete, not-found) with a
// directly constructed client, then IIdentityProviderClient (list, get, CreateOidcAsync, delete) resolved from
// dependency injection with a different authentication scheme. Exit code 0 when every check passed, 1 otherwise.
// `--require-native` also fails when the program is not running as native code (CI passes it).
using System.Diagnostics;
using System.Runtime.CompilerServices;
using AotSmoke;
using Cloudflare.Access.Sdk;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Waldur.Sdk;
using Zitadel.Sdk;

var started = Stopwatch.StartNew();
var native = !RuntimeFeature.IsDynamicCodeSupported;
Console.WriteLine($"AOT smoke: {(native ? "native AOT" : "JIT (not native)")}, {Environment.Version}");

// A paginator that never stops must fail the run, not hang CI.
_ = Task.Run(async () =>
{
    await Task.Delay(TimeSpan.FromMinutes(3));
    await Console.Error.WriteLineAsync("AOT smoke FAILED: still running after 3 minutes.");
    Environment.Exit(3);
});

var check = new Checks();
if (args.Contains("--require-native"))
{
    check.That(native, "running as native code (RuntimeFeature.IsDynamicCodeSupported is false)");
}

var seeds = new EmulatorOptions();
await using var emulator = await IdentityProviderEmulator.StartAsync(seeds);
Console.WriteLine($"emulator at {emulator.BaseAddress}");

await check.ScenarioAsync("keycard: vendor API (new KeycardClient, bearer token)", () => KeycardSmoke.VendorApiAsync(check, emulator, seeds));
await check.ScenarioAsync("cloudflare: vendor API (new CloudflareAccessClient, API token)", () => CloudflareSmoke.VendorApiAsync(check, emulator, seeds));
await check.ScenarioAsync("zitadel: vendor API (new ZitadelClient, personal access token)", () => ZitadelSmoke.VendorApiAsync(check, emulator, seeds));
await check.ScenarioAsync("waldur: vendor API (new WaldurClient, token)", () => WaldurSmoke.VendorApiAsync(check, emulator, seeds));

var services = new ServiceCollection();
services.AddKeycardClient(o =>
{
    o.BaseAddress = emulator.Keycard.BaseUrl;
    o.ZoneId = emulator.Keycard.ZoneId;
    o.ClientCredentials = new KeycardClientCredentials
    {
        TokenEndpoint = emulator.Keycard.TokenEndpoint,
        ClientId = emulator.Keycard.ClientId,
        ClientSecret = emulator.Keycard.ClientSecret,
    };
});
services.AddCloudflareAccessClient(o =>
{
    o.BaseAddress = emulator.Cloudflare.BaseUrl;
    o.Email = emulator.Cloudflare.Email;
    o.ApiKey = emulator.Cloudflare.ApiKey;
    o.AccountId = emulator.Cloudflare.AccountId;
});
services.AddZitadelClient(o =>
{
    o.BaseAddress = emulator.Zitadel.BaseUrl;
    o.ServiceAccountKey = ZitadelServiceAccountKey.Parse(emulator.Zitadel.KeyFileJson);
});
services.AddWaldurClient(o =>
{
    o.BaseAddress = emulator.Waldur.BaseUrl;
    o.BearerToken = emulator.Waldur.BearerToken;
});

await using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }))
{
    (string Vendor, string Auth, int Count, OidcProviderDefinition Definition)[] vendors =
    [
        (IdentityProviderVendor.Keycard, "OAuth client credentials", seeds.KeycardSeedCount, KeycardSmoke.Definition),
        (IdentityProviderVendor.Cloudflare, "X-Auth-Email + X-Auth-Key", seeds.CloudflareSeedCount, CloudflareSmoke.Definition),
        (IdentityProviderVendor.Zitadel, "JWT profile with a service-user key", ZitadelSmoke.OrganizationCount(seeds), ZitadelSmoke.Definition),
        (IdentityProviderVendor.Waldur, "bearer token", seeds.WaldurSeedCount, WaldurSmoke.Definition),
    ];
    foreach (var (vendor, auth, count, definition) in vendors)
    {
        await check.ScenarioAsync($"{vendor}: IIdentityProviderClient (dependency injection, {auth})", () =>
            CrossVendor.RunAsync(check, provider.GetRequiredKeyedService<IIdentityProviderClient>(vendor), vendor, count, definition));
    }
}

check.That(emulator.KeycardTokensIssued == 1, "keycard: the client-credentials token was fetched once and cached", $"{emulator.KeycardTokensIssued} tokens issued");
check.That(emulator.ZitadelTokensIssued == 1, "zitadel: the JWT-profile token was fetched once and cached", $"{emulator.ZitadelTokensIssued} tokens issued");

Console.WriteLine($"AOT smoke: {check.Passed} checks passed, {check.Failed} failed in {started.Elapsed.TotalSeconds:0.0} s");
return check.Failed == 0 ? 0 : 1;
