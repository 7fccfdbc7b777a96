using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Keycard.Sdk.Json;

namespace IdentityProviders.Benchmarks;

/// <summary>One realistic page of 100 Keycard providers: the SDK's models vs the plain source-generated floor.</summary>
[MemoryDiagnoser]
public class KeycardDeserializationBenchmarks
{
    private byte[] _page = [];

    [GlobalSetup]
    public void Setup() => _page = KeycardPages.Render(100, 100)[0];

    [Benchmark(Baseline = true)]
    public int Baseline() => JsonSerializer.Deserialize(_page, BaselineJsonContext.Default.BaselineListResponse)!.Items.Count;

    [Benchmark]
    public int Sdk() => JsonSerializer.Deserialize(_page, KeycardJsonContext.Default.ProviderListResponse)!.Items.Count;
}
