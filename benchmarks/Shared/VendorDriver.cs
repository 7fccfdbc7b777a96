using System.Globalization;
using System.Net.Http.Headers;
using IdentityProviders.Benchmarks.Baseline;

namespace IdentityProviders.Benchmarks;

/// <summary>
/// One vendor as the benchmarks drive it: the SDK's <c>await foreach</c> and the hand-written floor (HttpClient +
/// source-generated System.Text.Json, same wire shape), both against a server at <c>{root}/{vendor}/</c>.
/// </summary>
public abstract class VendorDriver
{
    public const string Token = "bench-token";
    public const string CloudflareAccount = "0123456789abcdef0123456789abcdef";

    public abstract BenchVendor Vendor { get; }

    /// <summary>The vendor's path under the server root, e.g. <c>keycard/</c>.</summary>
    public string Prefix => Vendor.ToString().ToLowerInvariant() + "/";

    public static VendorDriver For(BenchVendor vendor) => vendor switch
    {
        BenchVendor.Keycard => new KeycardDriver(),
        BenchVendor.Cloudflare => new CloudflareDriver(),
        BenchVendor.Zitadel => new ZitadelDriver(),
        BenchVendor.Waldur => new WaldurDriver(),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
    };

    /// <summary>The raw loop's client: no handlers, the vendor's base address.</summary>
    public HttpClient CreateRawClient(Uri root) => new() { BaseAddress = new Uri(root, Prefix) };

    /// <summary>Constructs the SDK client for the vendor's base address.</summary>
    public abstract IDisposable CreateSdkClient(Uri root);

    /// <summary>Enumerates with the SDK (<c>await foreach</c>, pages of <paramref name="pageSize"/>) and counts; stops after <paramref name="stopAfter"/> items.</summary>
    public abstract Task<int> SdkCountAsync(IDisposable client, int pageSize, int stopAfter = int.MaxValue, CancellationToken cancellationToken = default);

    /// <summary>The hand-written loop: request, read the page, follow the vendor's paging signal; stops after <paramref name="stopAfter"/> items.</summary>
    public abstract Task<int> RawCountAsync(HttpClient raw, int pageSize, int stopAfter = int.MaxValue, CancellationToken cancellationToken = default);

    protected static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items, int stopAfter, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            if (item is not null && ++count >= stopAfter)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>A page-number loop: GET page 1, 2, ... until <paramref name="readPage"/> says the page was the last.</summary>
    protected static async Task<int> PageNumberLoopAsync(HttpClient raw, Func<int, FormattableString> url, string scheme, int stopAfter, Func<HttpResponseMessage, int, int, Task<(int Items, bool Last)>> readPage, CancellationToken cancellationToken)
    {
        var count = 0;
        for (var page = 1; ; page++)
        {
            using var request = Get(FormattableString.Invariant(url(page)), scheme);
            using var response = await raw.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var (items, last) = await readPage(response, page, count);
            count += items;
            if (count >= stopAfter || last)
            {
                return count;
            }
        }
    }

    protected static HttpRequestMessage Get(string url, string scheme)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, Token);
        return request;
    }

    private sealed class KeycardDriver : VendorDriver
    {
        public override BenchVendor Vendor => BenchVendor.Keycard;

        public override IDisposable CreateSdkClient(Uri root) =>
            new Keycard.Sdk.KeycardClient(new Keycard.Sdk.KeycardClientOptions { BaseAddress = new Uri(root, Prefix), Token = Token });

        public override Task<int> SdkCountAsync(IDisposable client, int pageSize, int stopAfter, CancellationToken cancellationToken) =>
            CountAsync(((Keycard.Sdk.KeycardClient)client).Zones.Providers.ListAsync("z", new Keycard.Sdk.Models.ProviderListOptions { Limit = pageSize }, cancellationToken), stopAfter, cancellationToken);

        public override async Task<int> RawCountAsync(HttpClient raw, int pageSize, int stopAfter, CancellationToken cancellationToken)
        {
            var count = 0;
            string? after = null;
            while (true)
            {
                var url = string.Create(CultureInfo.InvariantCulture, $"zones/z/providers?limit={pageSize}{(after is null ? "" : "&after=" + after)}");
                using var request = Get(url, "Bearer");
                using var response = await raw.SendAsync(request, cancellationToken);
                response.EnsureSuccessStatusCode();
                var page = (await response.Content.ReadFromJsonAsync(KeycardBaselineContext.Default.KeycardListResponse, cancellationToken))!;
                count += page.Items.Count;
                if (count >= stopAfter || !page.PageInfo.HasNextPage || page.Items.Count == 0)
                {
                    return count;
                }

                after = page.PageInfo.EndCursor;
            }
        }
    }

    private sealed class CloudflareDriver : VendorDriver
    {
        public override BenchVendor Vendor => BenchVendor.Cloudflare;

        public override IDisposable CreateSdkClient(Uri root) =>
            new Cloudflare.Access.Sdk.CloudflareAccessClient(new Cloudflare.Access.Sdk.CloudflareAccessClientOptions { BaseAddress = new Uri(root, Prefix + "client/v4/"), ApiToken = Token, AccountId = CloudflareAccount });

        public override Task<int> SdkCountAsync(IDisposable client, int pageSize, int stopAfter, CancellationToken cancellationToken) =>
            CountAsync(((Cloudflare.Access.Sdk.CloudflareAccessClient)client).IdentityProviders.ListAsync(options: new Cloudflare.Access.Sdk.Models.IdentityProviderListOptions { PerPage = pageSize }, cancellationToken: cancellationToken), stopAfter, cancellationToken);

        public override Task<int> RawCountAsync(HttpClient raw, int pageSize, int stopAfter, CancellationToken cancellationToken) =>
            PageNumberLoopAsync(raw, page => $"client/v4/accounts/{CloudflareAccount}/access/identity_providers?page={page}&per_page={pageSize}", "Bearer", stopAfter, async (response, page, count) =>
            {
                var body = (await response.Content.ReadFromJsonAsync(CloudflareBaselineContext.Default.CloudflareListResponse, cancellationToken))!;
                var items = body.Result?.Count ?? 0;
                return (items, items == 0 || page >= (body.ResultInfo?.TotalPages ?? 0));
            }, cancellationToken);
    }

    private sealed class ZitadelDriver : VendorDriver
    {
        public override BenchVendor Vendor => BenchVendor.Zitadel;

        public override IDisposable CreateSdkClient(Uri root) =>
            new Zitadel.Sdk.ZitadelClient(new Zitadel.Sdk.ZitadelClientOptions { BaseAddress = new Uri(root, Prefix), Token = Token });

        public override Task<int> SdkCountAsync(IDisposable client, int pageSize, int stopAfter, CancellationToken cancellationToken) =>
            CountAsync(((Zitadel.Sdk.ZitadelClient)client).Organization.ListProvidersAsync(new Zitadel.Sdk.ListProvidersOptions { PageSize = pageSize }, cancellationToken), stopAfter, cancellationToken);

        public override async Task<int> RawCountAsync(HttpClient raw, int pageSize, int stopAfter, CancellationToken cancellationToken)
        {
            var count = 0;
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "management/v1/idps/templates/_search")
                {
                    Content = JsonContent.Create(new ZitadelSearchRequest { Query = new() { Offset = count.ToString(CultureInfo.InvariantCulture), Limit = pageSize, Asc = true } }, ZitadelBaselineContext.Default.ZitadelSearchRequest),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
                using var response = await raw.SendAsync(request, cancellationToken);
                response.EnsureSuccessStatusCode();
                var body = (await response.Content.ReadFromJsonAsync(ZitadelBaselineContext.Default.ZitadelListResponse, cancellationToken))!;
                var items = body.Result?.Count ?? 0;
                count += items;
                var total = long.Parse(body.Details?.TotalResult ?? "0", CultureInfo.InvariantCulture);
                if (count >= stopAfter || items < pageSize || count >= total)
                {
                    return count;
                }
            }
        }
    }

    private sealed class WaldurDriver : VendorDriver
    {
        public override BenchVendor Vendor => BenchVendor.Waldur;

        public override IDisposable CreateSdkClient(Uri root) =>
            new Waldur.Sdk.WaldurClient(new Waldur.Sdk.WaldurClientOptions { BaseAddress = new Uri(root, Prefix), Token = Token });

        public override Task<int> SdkCountAsync(IDisposable client, int pageSize, int stopAfter, CancellationToken cancellationToken) =>
            CountAsync(((Waldur.Sdk.WaldurClient)client).IdentityProviders.ListAsync(new Waldur.Sdk.Models.IdentityProviderListOptions { PageSize = pageSize }, cancellationToken), stopAfter, cancellationToken);

        public override Task<int> RawCountAsync(HttpClient raw, int pageSize, int stopAfter, CancellationToken cancellationToken) =>
            PageNumberLoopAsync(raw, page => $"api/identity-providers/?page={page}&page_size={pageSize}", "Token", stopAfter, async (response, page, count) =>
            {
                var items = (await response.Content.ReadFromJsonAsync(WaldurBaselineContext.Default.ListWaldurProvider, cancellationToken))!;
                var total = response.Headers.TryGetValues("x-result-count", out var values) ? long.Parse(values.First(), CultureInfo.InvariantCulture) : 0;
                return (items.Count, items.Count < pageSize || count + items.Count >= total);
            }, cancellationToken);
    }
}
