using System.Net;
using System.Net.Sockets;
using Cloudflare.Access.Sdk;
using IdentityProviders.Sdk;
using IdentityProviders.Testing;
using Inventory.Hosted;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Waldur.Sdk;

namespace IdentityProviders.Emulator.Tests;

/// <summary>Runs the worker of <c>samples/Inventory.Hosted</c> in-process, wired as its Program wires it, against the emulator.</summary>
public sealed class InventoryHostedSampleTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Once_logs_the_providers_of_all_four_vendors_and_stops_the_host()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        using var logs = new CapturingLoggerProvider();
        using var host = BuildHost(emulator, logs, new() { ["Inventory:RunOnce"] = "true" });
        var worker = host.Services.GetRequiredService<InventoryWorker>();
        using var deadline = new CancellationTokenSource(Deadline);

        await host.RunAsync(deadline.Token);

        deadline.IsCancellationRequested.Should().BeFalse("--once stops the host by itself");
        var report = worker.LastReport!;
        report.Vendors.Select(v => v.Vendor).Should().Equal("keycard", "cloudflare", "zitadel", "waldur");
        report.FailedVendorCount.Should().Be(0);
        report.Vendors.Should().OnlyContain(v => v.Providers.Count > 0);

        var lines = WorkerLines(logs);
        foreach (var vendor in report.Vendors)
        {
            lines.Should().Contain($"Information: {vendor.Vendor}: {vendor.Providers.Count} identity providers");
            lines.Count(l => l.StartsWith($"Information: {vendor.Vendor} ", StringComparison.Ordinal)).Should().Be(vendor.Providers.Count);
        }

        lines.Should().Contain("Information: keycard prv_seed0000000000000001 oidc \"Okta\" issuer=https://acme.okta.com");
        lines.Should().Contain(l => l.StartsWith($"Information: Inventory: {report.ProviderCount} identity providers from 4 vendors, 0 failed, in ", StringComparison.Ordinal));
        logs.AllText.Should().NotContainAny(emulator.Keycard.Token, emulator.Cloudflare.ApiToken, emulator.Zitadel.Token, emulator.Waldur.Token);
    }

    [Fact]
    public async Task A_failing_vendor_is_logged_as_an_error_and_the_others_are_still_listed()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        using var logs = new CapturingLoggerProvider();
        var closedPort = ClosedLoopbackPort();
        using var host = BuildHost(
            emulator,
            logs,
            new()
            {
                ["Inventory:RunOnce"] = "true",
                ["IdentityProviders:Cloudflare:Retry:MaxRetries"] = "0",
            },
            services =>
            {
                // After the sample's own PostConfigure: a wrong token (401) and a port nothing listens on.
                services.PostConfigure<WaldurClientOptions>(o => o.Token = "not-the-emulator-token");
                services.PostConfigure<CloudflareAccessClientOptions>(o => o.BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/client/v4/"));
            });
        var worker = host.Services.GetRequiredService<InventoryWorker>();
        using var deadline = new CancellationTokenSource(Deadline);

        await host.RunAsync(deadline.Token);

        deadline.IsCancellationRequested.Should().BeFalse();
        var report = worker.LastReport!;
        report.FailedVendorCount.Should().Be(2);
        report.Vendors.Single(v => v.Vendor == "waldur").Error.Should().BeOfType<IdentityProviderAuthenticationException>();
        report.Vendors.Single(v => v.Vendor == "cloudflare").Error.Should().BeOfType<IdentityProviderConnectionException>();

        var lines = WorkerLines(logs);
        lines.Should().Contain(l => l.StartsWith("Error: waldur: listing failed", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Error: cloudflare: listing failed", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Information: keycard: 25 identity providers", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Information: zitadel: ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Information: keycard prv_seed", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.StartsWith("Information: waldur ", StringComparison.Ordinal) || l.StartsWith("Information: cloudflare ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("from 2 vendors, 2 failed", StringComparison.Ordinal));
        logs.AllText.Should().NotContain("not-the-emulator-token");
    }

    [Fact]
    public async Task Takes_an_inventory_every_interval_on_the_time_provider_and_stops_with_the_host()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        using var logs = new CapturingLoggerProvider();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = BuildHost(emulator, logs, new() { ["Inventory:IntervalMinutes"] = "7" }, services => services.AddSingleton<TimeProvider>(time));

        await host.StartAsync();
        await WaitForAsync(() => Summaries(logs) == 1);

        time.Advance(TimeSpan.FromMinutes(6));
        await Task.Delay(200);
        Summaries(logs).Should().Be(1, "the interval has not elapsed yet");

        time.Advance(TimeSpan.FromMinutes(1));
        await WaitForAsync(() => Summaries(logs) == 2);

        using var deadline = new CancellationTokenSource(Deadline);
        await host.StopAsync(deadline.Token);
        deadline.IsCancellationRequested.Should().BeFalse();
        WorkerLines(logs).Should().Contain("Information: Inventory worker stopped");
        Summaries(logs).Should().Be(2);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task A_non_positive_interval_fails_options_validation_at_start(string minutes)
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        using var logs = new CapturingLoggerProvider();
        using var host = BuildHost(emulator, logs, new() { ["Inventory:IntervalMinutes"] = minutes });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("IntervalMinutes");
    }

    [Fact]
    public void Once_on_the_command_line_sets_Inventory_RunOnce()
    {
        var args = InventoryServiceCollectionExtensions.TranslateArguments(["--once", "--Inventory:IntervalMinutes=2"]);

        var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();

        configuration["Inventory:RunOnce"].Should().Be("true");
        configuration["Inventory:IntervalMinutes"].Should().Be("2");
    }

    [Fact]
    public void Only_vendors_with_a_base_address_take_part_and_none_means_the_emulator()
    {
        var none = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["IdentityProviders:Keycard:ZoneId"] = "zone_1",
            ["IdentityProviders:Zitadel:Level"] = "Organization",
        }).Build();
        var some = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["IdentityProviders:Zitadel:BaseAddress"] = "https://my-instance.zitadel.cloud/",
            ["IdentityProviders:Waldur:BaseAddress"] = "https://waldur.example.com/",
        }).Build();

        InventoryServiceCollectionExtensions.GetConfiguredVendors(none).Should().BeEmpty();
        InventoryServiceCollectionExtensions.GetConfiguredVendors(some).Should().Equal("zitadel", "waldur");
    }

    // Wired as Program.cs wires it, minus the console: configuration from memory, logs captured.
    private static IHost BuildHost(
        IdentityProviderEmulator emulator,
        CapturingLoggerProvider logs,
        Dictionary<string, string?> settings,
        Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Information).AddProvider(logs);
        builder.Services.AddInventory(builder.Configuration, emulator);

        // After AddInventory: its PostConfigure (the emulator's settings) runs first, and a later TimeProvider wins.
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    // "Level: message" of the worker's own entries (an error's exception text follows its message).
    private static List<string> WorkerLines(CapturingLoggerProvider logs)
    {
        var category = $" {typeof(InventoryWorker).FullName}: ";
        return [.. logs.Entries
            .Where(e => e.Contains(category, StringComparison.Ordinal))
            .Select(e => e.Replace(category, ": ", StringComparison.Ordinal))];
    }

    private static int Summaries(CapturingLoggerProvider logs) =>
        WorkerLines(logs).Count(l => l.StartsWith("Information: Inventory: ", StringComparison.Ordinal));

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(until, "the condition should hold within {0}", Deadline);
            await Task.Delay(20);
        }
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
