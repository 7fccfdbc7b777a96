using IdentityProviders.Benchmarks.Pages;

namespace IdentityProviders.Benchmarks;

/// <summary>An in-process Kestrel server on 127.0.0.1 serving list pages of the given vendors.</summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The server root; each vendor lives under <c>/{vendor}/</c> (or <c>/n{total}/{vendor}/</c> with several totals).</summary>
    public Uri Root { get; }

    /// <summary>Signalled when the host stops (it handles SIGTERM and Ctrl+C itself).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Serves pre-rendered pages of <paramref name="total"/> providers per vendor under <c>/{vendor}/</c>: the server's cost is a copy.</summary>
    public static Task<PageServer> StartAsync(IReadOnlyList<BenchVendor> vendors, int total) =>
        StartCoreAsync(vendors, [total], prerender: true, port: 0);

    /// <summary>
    /// Serves listings of each of <paramref name="totals"/> under <c>/n{total}/{vendor}/</c>, rendering each page on
    /// request (so a listing of 100,000 costs the server no memory), for clients in another process.
    /// </summary>
    public static Task<PageServer> StartRenderingAsync(IReadOnlyList<BenchVendor> vendors, IReadOnlyList<int> totals, int port) =>
        StartCoreAsync(vendors, totals, prerender: false, port);

    private static async Task<PageServer> StartCoreAsync(IReadOnlyList<BenchVendor> vendors, IReadOnlyList<int> totals, bool prerender, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        foreach (var vendor in vendors)
        {
            var pages = VendorPages.For(vendor);
            foreach (var total in totals)
            {
                var root = prerender ? "/" : $"/n{total}/";
                var count = Math.Max(1, (total + VendorPages.PageSize - 1) / VendorPages.PageSize);
                if (prerender)
                {
                    var rendered = pages.Render(total);
                    pages.Map(app, root, index => index < rendered.Length ? rendered[index] : null, total);
                }
                else
                {
                    pages.Map(app, root, index => index < count ? pages.RenderPage(index, total) : null, total);
                }
            }
        }

        await app.StartAsync();
        return new PageServer(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
