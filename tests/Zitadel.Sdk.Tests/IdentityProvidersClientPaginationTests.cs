using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>Offset paging: exact boundaries, a total that lies high or low, short, empty and repeated pages.</summary>
public sealed class IdentityProvidersClientPaginationTests : IDisposable
{
    private const string Path = "/management/v1/idps/templates/_search";
    private readonly ZitadelMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    /// <summary>Answers each offset with the page a callback makes, and records the offsets asked for.</summary>
    private void Pages(Func<int, int, string> page)
    {
        _mock.Server.Given(Request.Create().WithPath(Path).UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            var query = JsonNode.Parse(request.Body!)!["query"]!;
            var offset = int.Parse(query["offset"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            var limit = query["limit"]!.GetValue<int>();
            return new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData { BodyAsString = page(offset, limit), DetectedBodyType = WireMock.Types.BodyType.String },
            };
        }));
    }

    private List<(string Offset, int Limit)> Asked() =>
        [.. _mock.Requests.Select(r => JsonNode.Parse(r.Body!)!["query"]!).Select(q => (q["offset"]!.GetValue<string>(), q["limit"]!.GetValue<int>()))];

    private static string Slice(int total, int offset, int limit, long? reportedTotal, bool totalAsNumber = false) =>
        ZitadelMockServer.Page(ZitadelMockServer.Ids(offset, Math.Max(0, Math.Min(limit, total - offset))), reportedTotal, totalAsNumber);

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 100)]
    [InlineData(99, 100)]
    [InlineData(100, 100)]
    [InlineData(101, 100)]
    [InlineData(200, 100)]
    [InlineData(250, 50)]
    public async Task Stops_exactly_at_the_total_without_asking_past_it(int total, int pageSize)
    {
        Pages((offset, limit) => Slice(total, offset, limit, total));
        using var client = _mock.CreateClient();

        var providers = await client.Organization.ListProvidersAsync(new ListProvidersOptions { PageSize = pageSize }).ToListAsync();

        providers.Select(p => p.Id).Should().Equal(ZitadelMockServer.Ids(0, total));
        var expectedRequests = Math.Max(1, (total + pageSize - 1) / pageSize);
        Asked().Should().HaveCount(expectedRequests);
        Asked().Select(a => a.Offset).Should().Equal(Enumerable.Range(0, expectedRequests).Select(i => (i * pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Without_a_total_a_full_page_is_followed_and_an_empty_page_ends_the_listing()
    {
        Pages((offset, limit) => Slice(200, offset, limit, reportedTotal: null));
        using var client = _mock.CreateClient();

        var providers = await client.Organization.ListProvidersAsync().ToListAsync();

        providers.Should().HaveCount(200);
        Asked().Select(a => a.Offset).Should().Equal("0", "100", "200");
    }

    [Fact]
    public async Task A_total_lying_high_stops_on_the_short_page()
    {
        Pages((offset, limit) => Slice(150, offset, limit, reportedTotal: 10_000));
        using var client = _mock.CreateClient();

        var providers = await client.Organization.ListProvidersAsync().ToListAsync();

        providers.Should().HaveCount(150);
        Asked().Should().HaveCount(2);
    }

    [Fact]
    public async Task A_total_lying_high_with_full_pages_then_empty_stops_on_the_empty_page()
    {
        Pages((offset, limit) => Slice(200, offset, limit, reportedTotal: 10_000, totalAsNumber: true));
        using var client = _mock.CreateClient();

        var providers = await client.Organization.ListProvidersAsync().ToListAsync();

        providers.Should().HaveCount(200);
        Asked().Should().HaveCount(3);
    }

    [Fact]
    public async Task A_total_lying_low_stops_at_the_total()
    {
        Pages((offset, limit) => Slice(300, offset, limit, reportedTotal: 150));
        using var client = _mock.CreateClient();

        var providers = await client.Organization.ListProvidersAsync().ToListAsync();

        providers.Should().HaveCount(200, "the first two full pages are returned whole, and the total says there is no more");
        Asked().Should().HaveCount(2);
    }

    [Fact]
    public async Task An_empty_list_is_one_empty_page()
    {
        Pages((_, _) => ZitadelMockServer.Page([], 0));
        using var client = _mock.CreateClient();

        var pages = new List<Page<Zitadel.Sdk.Models.Provider>>();
        await foreach (var page in client.Organization.ListProvidersAsync().AsPages())
        {
            pages.Add(page);
        }

        pages.Should().ContainSingle().Which.Values.Should().BeEmpty();
    }

    [Fact]
    public async Task A_response_without_result_is_an_empty_page()
    {
        Pages((_, _) => """{"details":{"totalResult":"0"}}""");
        using var client = _mock.CreateClient();

        (await client.Organization.ListProvidersAsync().ToListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_server_that_ignores_the_offset_ends_with_a_clear_no_progress_error()
    {
        Pages((_, limit) => Slice(1000, 0, limit, reportedTotal: 1000));
        using var client = _mock.CreateClient();
        var seen = new List<string>();

        var act = async () =>
        {
            await foreach (var provider in client.Organization.ListProvidersAsync())
            {
                seen.Add(provider.Id!);
            }
        };

        var error = (await act.Should().ThrowAsync<IdentityProviderPaginationException>()).Which;
        error.Message.Should().Contain("made no progress");
        error.Vendor.Should().Be("zitadel");
        seen.Should().HaveCount(100).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task AsPages_resumes_from_a_continuation_token_and_uses_the_page_size_hint()
    {
        Pages((offset, limit) => Slice(30, offset, limit, reportedTotal: 30));
        using var client = _mock.CreateClient();

        var pages = new List<Page<Zitadel.Sdk.Models.Provider>>();
        await foreach (var page in client.Organization.ListProvidersAsync().AsPages("10", pageSizeHint: 7))
        {
            pages.Add(page);
        }

        pages.SelectMany(p => p.Values).Select(p => p.Id).Should().Equal(ZitadelMockServer.Ids(10, 20));
        pages[0].ContinuationToken.Should().Be("17");
        pages[^1].ContinuationToken.Should().BeNull();
        Asked().Should().Equal(("10", 7), ("17", 7), ("24", 7));
    }

    [Fact]
    public async Task The_options_are_never_modified_and_can_be_reused()
    {
        Pages((offset, limit) => Slice(5, offset, limit, reportedTotal: 5));
        using var client = _mock.CreateClient();
        var options = new ListProvidersOptions { PageSize = 2, Ascending = true };

        var first = await client.Organization.ListProvidersAsync(options).ToListAsync();
        var second = await client.Organization.ListProvidersAsync(options).ToListAsync();

        first.Should().HaveCount(5);
        second.Select(p => p.Id).Should().Equal(first.Select(p => p.Id));
        options.Should().Be(new ListProvidersOptions { PageSize = 2, Ascending = true });
        JsonNode.Parse(_mock.Requests[0].Body!)!["query"]!["asc"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Cancellation_stops_between_pages()
    {
        Pages((offset, limit) => Slice(1000, offset, limit, reportedTotal: 1000));
        using var client = _mock.CreateClient();
        using var cts = new CancellationTokenSource();
        var count = 0;

        var act = async () =>
        {
            await foreach (var _ in client.Organization.ListProvidersAsync(cancellationToken: cts.Token))
            {
                if (++count == 150)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        Asked().Should().HaveCount(2);
    }
}
