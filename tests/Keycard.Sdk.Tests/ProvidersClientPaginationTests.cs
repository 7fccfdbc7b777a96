using IdentityProviders.Sdk;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Keycard.Sdk.Tests;

/// <summary>Cursor pagination of <see cref="ProvidersClient.ListAsync"/> against a scripted server.</summary>
public sealed class ProvidersClientPaginationTests : IDisposable
{
    private const string ProvidersPath = "/zones/zone_1/providers";
    private readonly KeycardMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    /// <summary>Answers requests that carry <paramref name="param"/>=<paramref name="value"/> (or, when null, any other request).</summary>
    private void Page(string? param, string? value, string body)
    {
        var request = Request.Create().WithPath(ProvidersPath).UsingGet();
        if (param is not null)
        {
            request = request.WithParam(param, new ExactMatcher(value!));
        }

        _mock.Server.Given(request).AtPriority(param is null ? 100 : 1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    private void ThreeForwardPages()
    {
        Page(null, null, KeycardJson.Page(["p1", "p2"], hasNext: true, startCursor: "s1", endCursor: "c1"));
        Page("after", "c1", KeycardJson.Page(["p3", "p4"], hasNext: true, hasPrevious: true, startCursor: "s2", endCursor: "c2"));
        Page("after", "c2", KeycardJson.Page(["p5"], hasNext: false, hasPrevious: true, startCursor: "s3", endCursor: "c3"));
    }

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Provider> providers)
    {
        var ids = new List<string>();
        await foreach (var provider in providers)
        {
            ids.Add(provider.Id);
        }

        return ids;
    }

    private IReadOnlyList<IReadOnlyList<QueryParam>> Queries() => [.. _mock.Requests.Select(KeycardMockServer.QueryPairs)];

    [Fact]
    public async Task Forward_listing_follows_end_cursor_until_has_next_page_is_false()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();

        var ids = await IdsAsync(client.Zones.Providers.ListAsync(KeycardMockServer.Zone));

        ids.Should().Equal("p1", "p2", "p3", "p4", "p5");
        _mock.Requests.Should().OnlyContain(r => r.Method == "GET" && r.AbsolutePath == ProvidersPath);
        Queries().Should().BeEquivalentTo(new[] { Array.Empty<QueryParam>(), [new("after", "c1")], [new QueryParam("after", "c2")] }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Forward_listing_keeps_filters_and_limit_on_every_page()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();

        var ids = await IdsAsync(client.Zones.Providers.ListAsync(KeycardMockServer.Zone, new ProviderListOptions { Limit = 2, Type = KeycardProviderType.External, Slug = "s" }));

        ids.Should().Equal("p1", "p2", "p3", "p4", "p5");
        var queries = Queries();
        queries.Should().HaveCount(3);
        queries[0].Should().BeEquivalentTo(new QueryParam[] { new("limit", "2"), new("slug", "s"), new("type", "external") });
        queries[1].Should().BeEquivalentTo(new QueryParam[] { new("after", "c1"), new("limit", "2"), new("slug", "s"), new("type", "external") });
        queries[2].Should().BeEquivalentTo(new QueryParam[] { new("after", "c2"), new("limit", "2"), new("slug", "s"), new("type", "external") });
    }

    [Fact]
    public async Task A_legacy_cursor_starts_the_listing_and_is_replaced_by_after_for_later_pages()
    {
        Page("cursor", "legacy", KeycardJson.Page(["p1"], hasNext: true, endCursor: "c1"));
        Page("after", "c1", KeycardJson.Page(["p2"], hasNext: false, endCursor: "c2"));
        using var client = _mock.CreateClient();

        var ids = await IdsAsync(client.Zones.Providers.ListAsync(KeycardMockServer.Zone, new ProviderListOptions { Cursor = "legacy" }));

        ids.Should().Equal("p1", "p2");
        Queries().Should().BeEquivalentTo(new[] { new QueryParam[] { new("cursor", "legacy") }, [new("after", "c1")] }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Backward_listing_follows_start_cursor_until_has_previous_page_is_false()
    {
        Page("before", "end", KeycardJson.Page(["p5", "p6"], hasNext: true, hasPrevious: true, startCursor: "b1", endCursor: "e1"));
        Page("before", "b1", KeycardJson.Page(["p3", "p4"], hasNext: true, hasPrevious: true, startCursor: "b2", endCursor: "e2"));
        Page("before", "b2", KeycardJson.Page(["p1", "p2"], hasNext: true, hasPrevious: false, startCursor: "b3", endCursor: "e3"));
        using var client = _mock.CreateClient();

        var pages = new List<Page<Provider>>();
        await foreach (var page in client.Zones.Providers.ListAsync(KeycardMockServer.Zone, new ProviderListOptions { Before = "end", Limit = 2 }).AsPages())
        {
            pages.Add(page);
        }

        pages.Select(p => p.Values.Select(v => v.Id)).Should().BeEquivalentTo(new[] { new[] { "p5", "p6" }, ["p3", "p4"], ["p1", "p2"] }, o => o.WithStrictOrdering());
        pages.Select(p => p.ContinuationToken).Should().Equal("b1", "b2", null);
        Queries().Should().BeEquivalentTo(
            new[]
            {
                new QueryParam[] { new("before", "end"), new("limit", "2") },
                [new("before", "b1"), new("limit", "2")],
                [new("before", "b2"), new("limit", "2")],
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task AsPages_resumes_from_a_continuation_token()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();
        var pageable = client.Zones.Providers.ListAsync(KeycardMockServer.Zone);

        string? token = null;
        await foreach (var page in pageable.AsPages())
        {
            page.Values.Select(v => v.Id).Should().Equal("p1", "p2");
            token = page.ContinuationToken;
            break;
        }

        token.Should().Be("c1");
        var resumed = new List<Page<Provider>>();
        await foreach (var page in pageable.AsPages(token))
        {
            resumed.Add(page);
        }

        resumed.SelectMany(p => p.Values).Select(v => v.Id).Should().Equal("p3", "p4", "p5");
        resumed.Select(p => p.ContinuationToken).Should().Equal("c2", null);
        Queries().Should().BeEquivalentTo(new[] { Array.Empty<QueryParam>(), [new("after", "c1")], [new QueryParam("after", "c2")] }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_server_that_repeats_the_same_page_forever_yields_its_items_once_then_fails()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Page(["p1", "p2"], hasNext: true, startCursor: "s", endCursor: "same"));
        using var client = _mock.CreateClient();

        var ids = new List<string>();
        var act = async () =>
        {
            await foreach (var provider in client.Zones.Providers.ListAsync(KeycardMockServer.Zone))
            {
                ids.Add(provider.Id);
            }
        };

        var error = (await act.Should().ThrowAsync<IdentityProviderPaginationException>()).Which;
        ids.Should().Equal("p1", "p2");
        error.Vendor.Should().Be("keycard");
        error.Operation.Should().Be("providers.list");
        error.PagesFetched.Should().Be(2);
        _mock.Requests.Should().HaveCount(2);
        Queries().Should().BeEquivalentTo(new[] { Array.Empty<QueryParam>(), [new QueryParam("after", "same")] }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_server_that_points_back_to_an_earlier_cursor_is_stopped()
    {
        Page(null, null, KeycardJson.Page(["p1"], hasNext: true, endCursor: "c1"));
        Page("after", "c1", KeycardJson.Page(["p2"], hasNext: true, endCursor: "c1"));
        using var client = _mock.CreateClient();

        var ids = new List<string>();
        var act = async () =>
        {
            await foreach (var provider in client.Zones.Providers.ListAsync(KeycardMockServer.Zone))
            {
                ids.Add(provider.Id);
            }
        };

        await act.Should().ThrowAsync<IdentityProviderPaginationException>();
        ids.Should().Equal("p1", "p2");
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_empty_page_ends_the_listing_even_when_has_next_page_is_true()
    {
        Page(null, null, KeycardJson.Page(["p1"], hasNext: true, endCursor: "c1"));
        Page("after", "c1", KeycardJson.Page([], hasNext: true, endCursor: "c2"));
        Page("after", "c2", KeycardJson.Page(["never"], hasNext: false, endCursor: "c3"));
        using var client = _mock.CreateClient();

        var ids = await IdsAsync(client.Zones.Providers.ListAsync(KeycardMockServer.Zone));

        ids.Should().Equal("p1");
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Has_next_page_without_an_end_cursor_ends_the_listing()
    {
        Page(null, null, KeycardJson.Page(["p1"], hasNext: true, endCursor: null));
        using var client = _mock.CreateClient();

        var ids = await IdsAsync(client.Zones.Providers.ListAsync(KeycardMockServer.Zone));

        ids.Should().Equal("p1");
        _mock.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_empty_first_page_yields_one_empty_page_and_no_items()
    {
        Page(null, null, KeycardJson.Page([], hasNext: false));
        using var client = _mock.CreateClient();

        var pages = new List<Page<Provider>>();
        await foreach (var page in client.Zones.Providers.ListAsync(KeycardMockServer.Zone).AsPages())
        {
            pages.Add(page);
        }

        pages.Should().ContainSingle().Which.Values.Should().BeEmpty();
        pages[0].ContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task PageSizeHint_is_sent_as_limit_on_every_page_and_overrides_the_options_limit()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();

        var ids = new List<string>();
        await foreach (var page in client.Zones.Providers.ListAsync(KeycardMockServer.Zone, new ProviderListOptions { Limit = 50 }).AsPages(pageSizeHint: 25))
        {
            ids.AddRange(page.Values.Select(v => v.Id));
        }

        ids.Should().Equal("p1", "p2", "p3", "p4", "p5");
        Queries().Should().BeEquivalentTo(
            new[] { new QueryParam[] { new("limit", "25") }, [new("after", "c1"), new("limit", "25")], [new("after", "c2"), new("limit", "25")] },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_page_size_hint_above_100_fails_before_any_request()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();
        var pageable = client.Zones.Providers.ListAsync(KeycardMockServer.Zone);

        var tooLarge = async () =>
        {
            await foreach (var unused in pageable.AsPages(pageSizeHint: 101))
            {
            }
        };
        var zero = () => pageable.AsPages(pageSizeHint: 0);

        (await tooLarge.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("pageSizeHint");
        zero.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("pageSizeHint");
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_callers_options_are_not_modified_and_can_be_reused_to_list_again_from_the_start()
    {
        Page("after", "start", KeycardJson.Page(["p1"], hasNext: true, endCursor: "c1"));
        Page("after", "c1", KeycardJson.Page(["p2"], hasNext: true, endCursor: "c2"));
        Page("after", "c2", KeycardJson.Page(["p3"], hasNext: false, endCursor: "c3"));
        using var client = _mock.CreateClient();
        IReadOnlyList<string> expand = [ProviderListExpand.TotalCount];
        var options = new ProviderListOptions { After = "start", Limit = 1, Expand = expand, Slug = "x" };
        var snapshot = options with { };

        var first = await IdsAsync(client.Zones.Providers.ListAsync(KeycardMockServer.Zone, options));
        options.Should().Be(snapshot);
        options.After.Should().Be("start");
        options.Expand.Should().BeSameAs(expand).And.Equal("total_count");
        var second = await IdsAsync(client.Zones.Providers.ListAsync(KeycardMockServer.Zone, options));

        first.Should().Equal("p1", "p2", "p3");
        second.Should().Equal("p1", "p2", "p3");
        options.Should().Be(snapshot);
        var afters = Queries().Select(q => q.Single(p => p.Name == "after").Value);
        afters.Should().Equal("start", "c1", "c2", "start", "c1", "c2");
        Queries().Should().OnlyContain(q => q.Count(p => p.Name == "limit" && p.Value == "1") == 1 && q.Count(p => p.Name == "expand[]" && p.Value == "total_count") == 1);
    }

    [Fact]
    public async Task The_same_pageable_can_be_enumerated_twice_from_the_start()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();
        var pageable = client.Zones.Providers.ListAsync(KeycardMockServer.Zone);

        var first = await IdsAsync(pageable);
        var second = await IdsAsync(pageable);

        first.Should().Equal("p1", "p2", "p3", "p4", "p5");
        second.Should().Equal(first);
        _mock.Requests.Should().HaveCount(6);
    }

    [Fact]
    public async Task Pages_are_fetched_lazily()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();

        var pageable = client.Zones.Providers.ListAsync(KeycardMockServer.Zone);
        _mock.Requests.Should().BeEmpty("nothing is sent before the enumeration starts");
        await using var enumerator = pageable.GetAsyncEnumerator();
        (await enumerator.MoveNextAsync()).Should().BeTrue();
        (await enumerator.MoveNextAsync()).Should().BeTrue();
        enumerator.Current.Id.Should().Be("p2");

        _mock.Requests.Should().ContainSingle("the second page is fetched only when the first is used up");
    }

    [Fact]
    public async Task Cancelling_the_enumeration_stops_it()
    {
        ThreeForwardPages();
        using var client = _mock.CreateClient();
        using var cts = new CancellationTokenSource();

        var ids = new List<string>();
        var act = async () =>
        {
            await foreach (var provider in client.Zones.Providers.ListAsync(KeycardMockServer.Zone, cancellationToken: cts.Token))
            {
                ids.Add(provider.Id);
                await cts.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        ids.Should().Equal("p1", "p2");
        _mock.Requests.Should().ContainSingle();
    }
}
