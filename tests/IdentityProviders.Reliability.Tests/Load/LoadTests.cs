using System.Diagnostics;
using System.Globalization;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IdentityProviders.Reliability.Tests.Load;

/// <summary>Load tests measure the process's managed heap: they run alone, after every other test class of the assembly.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}

/// <summary>
/// Many concurrent full enumerations over ONE client instance (created directly, and registered with DI over
/// <c>IHttpClientFactory</c>) against the emulator seeded with the vendor's IdPs (see <see cref="LoadScale"/>): every
/// enumeration completes with exactly the reference listing, the server never sees more connections than the client's
/// <see cref="IdentityProviderClientOptions.MaxConnectionsPerServer"/>, and the managed heap stays flat over the rounds.
/// </summary>
[Collection(LoadCollection.Name)]
[Trait("Category", "Load")]
public sealed class LoadTests(ITestOutputHelper output)
{
    /// <summary>The DI client's limit: not the default (20), so the test shows the registration honours the option.</summary>
    private const int DiConnectionLimit = 8;

    /// <summary>
    /// The smallest allowed heap growth from round 2 to a later round. Noise after a full blocking collection
    /// (connection buffers, pooled arrays, tiered JIT) measured at most 1.6 MiB between rounds at CI scale and about
    /// 21 MiB at full scale (1 MiB response buffers in Kestrel's pool); the tolerance is the larger of this floor and a
    /// quarter of the leak the check is for - every enumeration keeping one page, Concurrency x PageSize items per round.
    /// </summary>
    private const long ToleranceFloor = 4L * 1024 * 1024;

    /// <summary>Every vendor with both client kinds; <c>IDP_LOAD_CASES=keycard/direct,waldur/di</c> narrows an on-demand run.</summary>
    public static TheoryData<string, string> Cases()
    {
        var only = Environment.GetEnvironmentVariable("IDP_LOAD_CASES")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var data = new TheoryData<string, string>();
        foreach (var vendor in LoadVendor.All)
        {
            foreach (var kind in new[] { "direct", "di" })
            {
                if (only is not { Length: > 0 } || only.Contains($"{vendor.Vendor}/{kind}", StringComparer.OrdinalIgnoreCase))
                {
                    data.Add(vendor.Vendor, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Concurrent_full_enumerations_over_one_client(string vendor, string clientKind)
    {
        var scale = LoadScale.Current;
        var v = LoadVendor.Get(vendor);
        var pageSize = scale.PageSizeFor(v);
        var seeding = Stopwatch.StartNew();
        await using var emulator = await IdentityProviderEmulator.StartAsync(v.EmulatorOptions(scale.IdentityProviders));
        seeding.Stop();

        var lifetime = Stopwatch.StartNew();
        using var client = CreateClient(v, clientKind, emulator);
        var limit = client.Options.MaxConnectionsPerServer;
        limit.Should().Be(clientKind == "di" ? DiConnectionLimit : HttpDefaults.MaxConnectionsPerServer);

        // The reference listing, enumerated alone (which also warms up connections and code), then what an item costs on the heap.
        var reference = await EnumerateAsync(client.Client, pageSize, keepItems: false, CancellationToken.None).WaitAsync(scale.RoundTimeout);
        reference.Ids.Should().HaveCount(scale.IdentityProviders).And.OnlyHaveUniqueItems();
        var expectedPages = reference.Pages;
        var bytesPerItem = await BytesPerItemAsync(client.Client, pageSize, scale);
        var leakPerRound = (long)scale.Concurrency * pageSize * bytesPerItem;
        var tolerance = Math.Max(ToleranceFloor, leakPerRound / 4);
        leakPerRound.Should().BeGreaterThan(2 * tolerance, "the tolerance must be small enough to catch every enumeration keeping one page");

        var memory = new List<long>();
        var requestsBefore = emulator.RequestCount;
        var run = Stopwatch.StartNew();
        for (var round = 1; round <= scale.Rounds; round++)
        {
            await RunRoundAsync(client.Client, pageSize, scale, reference, round);
            memory.Add(GC.GetTotalMemory(forceFullCollection: true));
        }

        run.Stop();
        lifetime.Stop();
        var requests = emulator.RequestCount - requestsBefore;
        var connections = emulator.Connections;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{vendor}/{clientKind} [{scale}] seeded {scale.IdentityProviders} in {seeding.ElapsedMilliseconds} ms; {scale.Rounds} rounds in {run.ElapsedMilliseconds} ms; {requests} requests ({expectedPages} pages of {pageSize} per enumeration); connections: {connections}; limit {limit}; heap after each round (MiB): {string.Join(", ", memory.Select(m => (m / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)))}; {bytesPerItem} bytes/item, one page per enumeration = {leakPerRound / 1048576.0:0.0} MiB, tolerance {tolerance / 1048576.0:0.0} MiB"));

        requests.Should().Be(scale.Rounds * scale.Concurrency * expectedPages, "no page is fetched twice and no retry happened");
        connections.PeakConcurrent.Should().BeGreaterThan(1, "the enumerations really ran concurrently");
        // Pooled connections are replaced after HttpDefaults.PooledConnectionLifetime (2 min, for DNS changes): at most
        // one generation of `limit` connections per lifetime started. While a retired connection is still closing on
        // the server, its replacement may already be open: with replacements, the server may briefly see both.
        var generations = 1 + (long)Math.Ceiling(lifetime.Elapsed / HttpDefaults.PooledConnectionLifetime);
        connections.TotalAccepted.Should().BeLessThanOrEqualTo(limit * generations, "connections are pooled and reused, never one per request or per enumeration");
        connections.PeakConcurrent.Should().BeLessThanOrEqualTo(
            connections.TotalAccepted <= limit ? limit : 2 * limit,
            "the client never opens more connections than its limit (a retired one may still be closing on the server while its replacement opens)");
        for (var round = 3; round <= scale.Rounds; round++)
        {
            (memory[round - 1] - memory[1]).Should().BeLessThan(tolerance, $"the heap after round {round} stays within {tolerance / 1048576} MiB of round 2");
        }
    }

    // Separate methods, so nothing of a round (or of the measurement) stays reachable from this test's state machine.
    private static async Task RunRoundAsync(IIdentityProviderClient client, int pageSize, LoadScale scale, Enumeration reference, int round)
    {
        using var timeout = new CancellationTokenSource(scale.RoundTimeout);
        var enumerations = Enumerable.Range(0, scale.Concurrency).Select(_ => EnumerateAsync(client, pageSize, keepItems: false, timeout.Token));
        var results = await Task.WhenAll(enumerations).WaitAsync(scale.RoundTimeout);

        results.Should().HaveCount(scale.Concurrency);
        var different = results.Where(r => r.Pages != reference.Pages || !r.Ids.SequenceEqual(reference.Ids)).ToList();
        if (different.Count > 0)
        {
            different[0].Ids.Should().Equal(reference.Ids, $"round {round}: every enumeration sees the whole listing, once, in order ({different.Count} differ)");
            different[0].Pages.Should().Be(reference.Pages, $"round {round}: same pages");
        }
    }

    private static async Task<long> BytesPerItemAsync(IIdentityProviderClient client, int pageSize, LoadScale scale)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = await EnumerateAsync(client, pageSize, keepItems: true, CancellationToken.None).WaitAsync(scale.RoundTimeout);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return Math.Max(0, after - before) / scale.IdentityProviders;
    }

    private static ClientUnderTest CreateClient(LoadVendor vendor, string kind, IdentityProviderEmulator emulator)
    {
        IdentityProviderClientOptions? seen = null;
        if (kind == "direct")
        {
            var (client, owner) = vendor.CreateDirect(emulator, o => seen = Configure(o));
            return new ClientUnderTest(client, seen!, owner);
        }

        var services = new ServiceCollection();
        vendor.Register(services, emulator, o =>
        {
            o.MaxConnectionsPerServer = DiConnectionLimit;
            seen = Configure(o);
        });
        var provider = services.BuildServiceProvider();
        var registered = provider.GetRequiredKeyedService<IIdentityProviderClient>(vendor.Vendor);
        return new ClientUnderTest(registered, seen!, provider);
    }

    // 200 enumerations share a handful of connections: waiting for a free one is part of an attempt, so the attempt
    // timeout (30 s by default) is raised to keep a slow, loaded machine from turning a queue into a retry.
    private static IdentityProviderClientOptions Configure(IdentityProviderClientOptions options)
    {
        options.Retry = options.Retry with { AttemptTimeout = TimeSpan.FromMinutes(3) };
        options.Timeout = TimeSpan.FromMinutes(5);
        return options;
    }

    private static async Task<Enumeration> EnumerateAsync(IIdentityProviderClient client, int pageSize, bool keepItems, CancellationToken cancellationToken)
    {
        // Start every enumeration before the first one runs its first page.
        await Task.Yield();
        var ids = new List<string>();
        var items = keepItems ? new List<IdentityProviderInfo>() : null;
        var pages = 0;
        await foreach (var page in client.ListAsync(cancellationToken).AsPages(pageSizeHint: pageSize).WithCancellation(cancellationToken))
        {
            pages++;
            foreach (var item in page.Values)
            {
                ids.Add(item.Id);
                items?.Add(item);
            }
        }

        return new Enumeration(ids, pages, items);
    }

    private sealed record Enumeration(IReadOnlyList<string> Ids, int Pages, IReadOnlyList<IdentityProviderInfo>? Items);

    private sealed record ClientUnderTest(IIdentityProviderClient Client, IdentityProviderClientOptions Options, IDisposable Owner) : IDisposable
    {
        public void Dispose() => Owner.Dispose();
    }
}
