// Inventory worker: a Generic Host service that lists the identity providers of every configured vendor (Keycard,
// Cloudflare Access, Zitadel, Waldur) every few minutes and logs the combined inventory. Runs against the local
// emulator unless a vendor has IdentityProviders:<Vendor>:BaseAddress set. `--once` takes one inventory and exits
// (exit code 1 when a vendor failed). See README.md.
using Inventory.Hosted;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// appsettings.json is looked up next to the program, not in the directory it is started from (`dotnet run --project`).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = InventoryServiceCollectionExtensions.TranslateArguments(args),
    ContentRootPath = AppContext.BaseDirectory,
});
await using var emulator = await InventoryServiceCollectionExtensions.StartEmulatorIfUnconfiguredAsync(builder.Configuration);
builder.Services.AddInventory(builder.Configuration, emulator);

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Inventory.Hosted");
if (emulator is not null)
{
    logger.UsingEmulator(emulator.BaseAddress);
}

// Resolved before running: RunAsync disposes the host when it returns.
var worker = host.Services.GetRequiredService<InventoryWorker>();
var inventory = host.Services.GetRequiredService<IOptions<InventoryOptions>>();
try
{
    await host.RunAsync();
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join(" ", e.Failures)}");
    return 2;
}

return inventory.Value.RunOnce && worker.LastReport is not { FailedVendorCount: 0 } ? 1 : 0;

/// <summary>Log messages of the program itself.</summary>
internal static partial class ProgramLog
{
    [LoggerMessage(100, LogLevel.Information, "No vendor has a BaseAddress: using the local emulator at {BaseAddress}")]
    public static partial void UsingEmulator(this ILogger logger, Uri baseAddress);
}
