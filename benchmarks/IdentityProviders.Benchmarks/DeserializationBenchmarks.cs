using BenchmarkDotNet.Attributes;
using IdentityProviders.Benchmarks.Pages;

namespace IdentityProviders.Benchmarks;

/// <summary>One realistic list page of 100 providers per vendor: the SDK's models vs the plain source-generated floor.</summary>
[MemoryDiagnoser]
public class DeserializationBenchmarks
{
    private VendorPages _pages = null!;
    private byte[] _page = [];

    [Params(BenchVendor.Keycard, BenchVendor.Cloudflare, BenchVendor.Zitadel, BenchVendor.Waldur)]
    public BenchVendor Vendor { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = VendorPages.For(Vendor);
        // The second of several pages: a middle page, as most of a listing is.
        _page = _pages.Render(3 * VendorPages.PageSize)[1];
        if (_pages.DeserializeSdk(_page) != VendorPages.PageSize || _pages.DeserializeBaseline(_page) != VendorPages.PageSize)
        {
            throw new InvalidOperationException($"{Vendor}: a page did not read as {VendorPages.PageSize} items.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Baseline() => _pages.DeserializeBaseline(_page);

    [Benchmark]
    public int Sdk() => _pages.DeserializeSdk(_page);
}
