using BenchmarkDotNet.Attributes;

namespace IdentityProviders.Benchmarks;

/// <summary>
/// Enumerating 10,000 providers (100 per page) from an in-process Kestrel server serving pre-rendered pages: the SDK's
/// <c>await foreach</c> (pipeline, retries, pager, typed models) vs a hand-written HttpClient + source-generated loop,
/// per vendor, same process, same server.
/// </summary>
[MemoryDiagnoser]
public class EnumerationBenchmarks
{
    private PageServer? _server;
    private VendorDriver _driver = null!;
    private HttpClient? _raw;
    private IDisposable? _sdk;

    [Params(BenchVendor.Keycard, BenchVendor.Cloudflare, BenchVendor.Zitadel, BenchVendor.Waldur)]
    public BenchVendor Vendor { get; set; }

    [Params(10_000)]
    public int Total { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await PageServer.StartAsync([Vendor], Total);
        _driver = VendorDriver.For(Vendor);
        _raw = _driver.CreateRawClient(_server.Root);
        _sdk = _driver.CreateSdkClient(_server.Root);
        var (raw, sdk) = (await RawLoop(), await SdkAwaitForeach());
        if (raw != Total || sdk != Total)
        {
            throw new InvalidOperationException($"{Vendor}: raw loop read {raw}, SDK read {sdk}, expected {Total}.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _raw?.Dispose();
        _sdk?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true)]
    public Task<int> RawLoop() => _driver.RawCountAsync(_raw!, Pages.VendorPages.PageSize);

    [Benchmark]
    public Task<int> SdkAwaitForeach() => _driver.SdkCountAsync(_sdk!, Pages.VendorPages.PageSize);
}
