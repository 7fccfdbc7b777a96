using Cloudflare.Access.Sdk.Models;
using Cloudflare.Access.Sdk.Tests.TestSupport;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>ListAsync over page/per_page: the server's signals, empty pages, repeated pages and cancellation.</summary>
public sealed class IdentityProvidersClientPaginationTests : IDisposable
{
    private static readonly CloudflareScope Account = CloudflareScope.Account(CloudflareMockServer.Account);
    private readonly CloudflareMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static IEnumerable<string> Ids(int from, int count) => Enumerable.Range(from, count).Select(i => $"idp-{i}");

    private static async Task<List<string>> CollectAsync(AsyncPageable<IdentityProvider> pageable)
    {
        var ids = new List<string>();
        await foreach (var provider in pageable)
        {
            ids.Add(provider.Id!);
        }

        return ids;
    }

    [Fact]
    public async Task A_server_that_repeats_its_page_for_every_page_number_yields_the_page_once_then_fails_after_two_requests()
    {
        // What Prism does with the spec's single example: the same page whatever the page number.
        _mock.Json("GET", CloudflareMockServer.AccountPath, CloudflareJson.Page(["f174e90a-fafe-4643-bbbc-4a0ed4fc8415"], 1, 20, 2000, null));
        using var client = _mock.CreateClient();
        var seen = new List<string>();

        var act = async () =>
        {
            await foreach (var provider in client.IdentityProviders.ListAsync(Account))
            {
                seen.Add(provider.Id!);
            }
        };

        var exception = (await act.Should().ThrowAsync<IdentityProviderPaginationException>()).Which;
        exception.Message.Should().Contain("made no progress");
        exception.PagesFetched.Should().Be(2);
        seen.Should().Equal("f174e90a-fafe-4643-bbbc-4a0ed4fc8415");
        _mock.Requests.Should().HaveCount(2);
        _mock.Requests.Select(r => CloudflareMockServer.QueryPairs(r).Single(q => q.Key == "page").Value).Should().Equal("1", "2");
    }

    [Fact]
    public async Task Total_pages_is_honoured_even_when_the_last_page_is_full()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(Ids(1, 2), 1, 2, null, 2));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(Ids(3, 2), 2, 2, null, 2));
        _mock.PageJson(CloudflareMockServer.AccountPath, 3, CloudflareJson.Page(Ids(5, 2), 3, 2, null, 2));
        using var client = _mock.CreateClient();

        var ids = await CollectAsync(client.IdentityProviders.ListAsync(Account, new IdentityProviderListOptions { PerPage = 2 }));

        ids.Should().Equal(Ids(1, 4));
        _mock.Requests.Should().HaveCount(2);
        _mock.Requests.Select(r => CloudflareMockServer.QueryPairs(r)).Should().AllSatisfy(q => q.Should().Contain(new KeyValuePair<string, string>("per_page", "2")));
    }

    [Fact]
    public async Task Total_count_stops_the_listing_when_total_pages_is_absent()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(Ids(1, 3), 1, 3, 5, null));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(Ids(4, 2), 2, 3, 5, null));
        _mock.PageJson(CloudflareMockServer.AccountPath, 3, CloudflareJson.Page(Ids(6, 3), 3, 3, 5, null));
        using var client = _mock.CreateClient();

        var ids = await CollectAsync(client.IdentityProviders.ListAsync(Account, new IdentityProviderListOptions { PerPage = 3 }));

        ids.Should().Equal(Ids(1, 5));
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_empty_page_ends_the_listing_when_the_server_gives_no_totals()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(Ids(1, 2), 1, 2, null, null));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page([], 2, 2, null, null));
        using var client = _mock.CreateClient();

        var ids = await CollectAsync(client.IdentityProviders.ListAsync(Account, new IdentityProviderListOptions { PerPage = 2 }));

        ids.Should().Equal(Ids(1, 2));
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_empty_first_page_is_one_empty_page()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath, CloudflareJson.Page([], 1, 20, 0, 0));
        using var client = _mock.CreateClient();

        var pages = new List<Page<IdentityProvider>>();
        await foreach (var page in client.IdentityProviders.ListAsync(Account).AsPages())
        {
            pages.Add(page);
        }

        pages.Should().ContainSingle().Which.Values.Should().BeEmpty();
        _mock.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Pages_carry_continuation_tokens_and_a_listing_can_resume_from_one()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(Ids(1, 2), 1, 2, 5, 3));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(Ids(3, 2), 2, 2, 5, 3));
        _mock.PageJson(CloudflareMockServer.AccountPath, 3, CloudflareJson.Page(Ids(5, 1), 3, 2, 5, 3));
        using var client = _mock.CreateClient();
        var pageable = client.IdentityProviders.ListAsync(Account);

        var tokens = new List<string?>();
        await foreach (var page in pageable.AsPages(pageSizeHint: 2))
        {
            tokens.Add(page.ContinuationToken);
        }

        var resumed = new List<string>();
        await foreach (var page in pageable.AsPages("3", 2))
        {
            resumed.AddRange(page.Values.Select(p => p.Id!));
        }

        tokens.Should().Equal("2", "3", null);
        resumed.Should().Equal("idp-5");
    }

    [Fact]
    public async Task Options_page_sets_the_first_page_of_the_listing()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(Ids(3, 2), 2, 2, 4, 2));
        using var client = _mock.CreateClient();
        var options = new IdentityProviderListOptions { Page = 2, PerPage = 2 };

        var ids = await CollectAsync(client.IdentityProviders.ListAsync(Account, options));

        ids.Should().Equal("idp-3", "idp-4");
        options.Should().Be(new IdentityProviderListOptions { Page = 2, PerPage = 2 }, "the caller's options are never modified");
    }

    [Fact]
    public async Task A_scim_filter_is_sent_on_every_page()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(Ids(1, 1), 1, 1, 2, 2));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(Ids(2, 1), 2, 1, 2, 2));
        using var client = _mock.CreateClient();

        await CollectAsync(client.IdentityProviders.ListAsync(Account, new IdentityProviderListOptions { PerPage = 1, ScimEnabled = true }));

        _mock.Requests.Should().HaveCount(2).And.AllSatisfy(r =>
            CloudflareMockServer.QueryPairs(r).Should().Contain(new KeyValuePair<string, string>("scim_enabled", "true")));
    }

    [Fact]
    public async Task Pages_are_fetched_lazily()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(Ids(1, 2), 1, 2, 6, 3));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(Ids(3, 2), 2, 2, 6, 3));
        using var client = _mock.CreateClient();

        await using var enumerator = client.IdentityProviders.ListAsync(Account).GetAsyncEnumerator();
        (await enumerator.MoveNextAsync()).Should().BeTrue();
        (await enumerator.MoveNextAsync()).Should().BeTrue();

        _mock.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Cancellation_between_pages_stops_the_listing_without_another_request()
    {
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(Ids(1, 2), 1, 2, 6, 3));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(Ids(3, 2), 2, 2, 6, 3));
        using var client = _mock.CreateClient();
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        var act = async () =>
        {
            await foreach (var provider in client.IdentityProviders.ListAsync(Account).WithCancellation(cts.Token))
            {
                seen.Add(provider.Id!);
                if (seen.Count == 2)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().HaveCount(2);
        _mock.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_canceled_token_fails_a_single_operation_before_any_request()
    {
        _mock.Json("GET", CloudflareMockServer.AccountPath + "/x", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));
        using var client = _mock.CreateClient();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => client.IdentityProviders.GetAsync("x", Account, cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancellation_while_waiting_for_the_response_is_observed()
    {
        var handler = new HangingHandler();
        var options = _mock.Options();
        using var http = HttpPipeline.CreateHttpClient(options, "cloudflare", typeof(CloudflareAccessClient).Assembly, authenticator: null, primary: handler);
        using var client = new CloudflareAccessClient(http, options);
        using var cts = new CancellationTokenSource();

        var call = client.IdentityProviders.ListPageAsync(Account, cancellationToken: cts.Token);
        await handler.RequestArrived.Task;
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().Be(1, "a canceled request is not retried");
    }

    /// <summary>A primary handler that never answers: it waits until the request is canceled.</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _requests;

        public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Requests => Volatile.Read(ref _requests);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            var never = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
            RequestArrived.TrySetResult();
            return await never.Task;
        }
    }

    [Fact]
    public async Task Max_pages_caps_a_listing_that_never_ends()
    {
        for (var page = 1; page <= 4; page++)
        {
            _mock.PageJson(CloudflareMockServer.AccountPath, page, CloudflareJson.Page(Ids(page, 1), page, 1, null, null));
        }

        using var client = _mock.CreateClient(o => o.Pagination = new PaginationOptions { MaxPages = 3 });

        var act = () => CollectAsync(client.IdentityProviders.ListAsync(Account));

        (await act.Should().ThrowAsync<IdentityProviderPaginationException>()).Which.PagesFetched.Should().Be(3);
    }
}
