using IdentityProviders.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Hosted;

/// <summary>
/// Takes an inventory of every registered vendor's identity providers at start, then every
/// <see cref="InventoryOptions.IntervalMinutes"/> minutes, and logs it. The vendors are listed concurrently; one that
/// fails is logged as an error and the others are still listed.
/// </summary>
internal sealed partial class InventoryWorker(
    IServiceScopeFactory scopeFactory,
    InventoryVendors vendors,
    IOptions<InventoryOptions> options,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<InventoryWorker> logger) : BackgroundService
{
    private volatile InventoryReport? _lastReport;

    /// <summary>The last completed inventory, or <see langword="null"/> before the first one.</summary>
    public InventoryReport? LastReport => _lastReport;

    /// <summary>Lists every vendor concurrently and logs the combined inventory.</summary>
    /// <param name="cancellationToken">Cancels the listings.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task<InventoryReport> RunInventoryAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();

        // Vendor clients are transient and disposable: a scope per inventory releases them (and their handlers) after it.
        await using var scope = scopeFactory.CreateAsyncScope();
        var results = await Task.WhenAll(vendors.Names.Select(vendor => ListVendorAsync(scope.ServiceProvider, vendor, cancellationToken)));
        var report = new InventoryReport(results, timeProvider.GetElapsedTime(started));

        foreach (var vendor in report.Vendors.Where(v => v.Error is null))
        {
            LogVendorCount(vendor.Vendor, vendor.Providers.Count);
            foreach (var provider in vendor.Providers)
            {
                // The normalized record never holds a secret; only public identifiers and URLs are logged.
                LogProvider(provider.Vendor, provider.Id, provider.Name, provider.Protocol.Value, provider.Issuer ?? "-");
            }
        }

        LogSummary(report.ProviderCount, report.Vendors.Count - report.FailedVendorCount, report.FailedVendorCount, (long)report.Elapsed.TotalMilliseconds);
        _lastReport = report;
        return report;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (vendors.Names.Count == 0)
        {
            LogNoVendors();
        }

        if (settings.RunOnce)
        {
            LogStartingOnce(string.Join(", ", vendors.Names));
        }
        else
        {
            LogStarting(string.Join(", ", vendors.Names), settings.IntervalMinutes);
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.IntervalMinutes), timeProvider);
        try
        {
            do
            {
                await RunInventoryAsync(stoppingToken);
                if (settings.RunOnce)
                {
                    lifetime.StopApplication();
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: an inventory in progress is abandoned.
        }

        LogStopped();
    }

    private async Task<VendorInventory> ListVendorAsync(IServiceProvider services, string vendor, CancellationToken cancellationToken)
    {
        var providers = new List<IdentityProviderInfo>();
        try
        {
            var client = services.GetRequiredKeyedService<IIdentityProviderClient>(vendor);
            await foreach (var provider in client.ListAsync(cancellationToken))
            {
                providers.Add(provider);
            }

            return new VendorInventory(vendor, providers, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // IdentityProviderException (API error, connection, timeout, bad response) or anything else: this vendor
            // is reported as failed, the others are not affected and the worker carries on. SDK messages hold no secrets.
            LogVendorFailed(e, vendor, providers.Count, e.Message);
            return new VendorInventory(vendor, [], e);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Inventory of {Vendors} every {IntervalMinutes} min")]
    private partial void LogStarting(string vendors, int intervalMinutes);

    [LoggerMessage(2, LogLevel.Information, "Inventory of {Vendors}, once")]
    private partial void LogStartingOnce(string vendors);

    [LoggerMessage(3, LogLevel.Warning, "No vendor is configured: set IdentityProviders:<Vendor>:BaseAddress (see README.md)")]
    private partial void LogNoVendors();

    [LoggerMessage(4, LogLevel.Information, "{Vendor}: {ProviderCount} identity providers")]
    private partial void LogVendorCount(string vendor, int providerCount);

    [LoggerMessage(5, LogLevel.Information, "{Vendor} {ProviderId} {Protocol} \"{ProviderName}\" issuer={Issuer}")]
    private partial void LogProvider(string vendor, string providerId, string providerName, string protocol, string issuer);

    [LoggerMessage(6, LogLevel.Error, "{Vendor}: listing failed after {ListedCount} identity providers: {Reason}")]
    private partial void LogVendorFailed(Exception exception, string vendor, int listedCount, string reason);

    [LoggerMessage(7, LogLevel.Information, "Inventory: {ProviderCount} identity providers from {SucceededVendorCount} vendors, {FailedVendorCount} failed, in {ElapsedMilliseconds} ms")]
    private partial void LogSummary(int providerCount, int succeededVendorCount, int failedVendorCount, long elapsedMilliseconds);

    [LoggerMessage(8, LogLevel.Information, "Inventory worker stopped")]
    private partial void LogStopped();
}
