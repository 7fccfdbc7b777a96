using System.Globalization;
using BenchmarkDotNet.Attributes;
using Keycard.Sdk;

namespace IdentityProviders.Benchmarks;

/// <summary>
/// Enumerating 10,000 providers (100 per page) from an in-process Kestrel server serving pre-rendered pages: the SDK's
/// <c>await foreach</c> (pipeline, retries, pager, typed models) vs a hand-written HttpClient + source-generated loop.
/// </summary>
[MemoryDiagnoser]
public class KeycardEnumerationBenchmarks
{
    private WebApplication? _server;
    private HttpClient? _raw;
    private KeycardClient? _sdk;
    private Uri _baseUrl = null!;

    [Params(10_000)]
    public int Total { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var pages = KeycardPages.Render(Total, 100);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/keycard/zones/{zone}/providers", (HttpContext context) =>
        {
            var after = context.Request.Query["after"].ToString();
            var index = after.Length == 0 ? 0 : int.Parse(after.AsSpan(1), CultureInfo.InvariantCulture) / 100;
            return Results.Bytes(pages[index], "application/json");
        });
        await _server.StartAsync();
        _baseUrl = new Uri(_server.Urls.First() + "/keycard/");
        _raw = new HttpClient { BaseAddress = _baseUrl };
        _sdk = new KeycardClient(new KeycardClientOptions { BaseAddress = _baseUrl, Token = "bench-token" });
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
    public async Task<int> RawLoop()
    {
        var count = 0;
        string? after = null;
        while (true)
        {
            var url = after is null ? "zones/z/providers?limit=100" : $"zones/z/providers?limit=100&after={after}";
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new("Bearer", "bench-token");
            using var response = await _raw!.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var page = (await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.BaselineListResponse))!;
            count += page.Items.Count;
            if (!page.PageInfo.HasNextPage || page.Items.Count == 0)
            {
                return count;
            }

            after = page.PageInfo.EndCursor;
        }
    }

    [Benchmark]
    public async Task<int> SdkAwaitForeach()
    {
        var count = 0;
        await foreach (var provider in _sdk!.Zones.Providers.ListAsync("z", new Keycard.Sdk.Models.ProviderListOptions { Limit = 100 }))
        {
            count++;
        }

        return count;
    }
}
