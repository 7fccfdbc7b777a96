namespace IdentityProviders.Sdk.Tests.Pagination;

public class PageNumberPagerTests
{
    private const int DefaultPageSize = 100;

    [Flags]
    private enum Signals
    {
        None = 0,
        TotalPages = 1,
        TotalCount = 2,
    }

    private static Func<PageNumberPager<string>.Position, int?, CancellationToken, Task<PageResult<string>>> Server(
        string[] all, FetchLog<long> log, Signals signals, long firstPage = 1, bool ignorePage = false, int? cap = null)
    {
        return (position, size, token) =>
        {
            log.Add(position.PageNumber, size, token);
            var pageSize = Math.Min(size ?? DefaultPageSize, cap ?? int.MaxValue);
            var index = ignorePage ? 0 : position.PageNumber - firstPage;
            var values = PagerTestKit.Slice(all, index * pageSize, pageSize);
            var result = new PageResult<string>(values)
            {
                TotalPages = signals.HasFlag(Signals.TotalPages) ? (all.Length + pageSize - 1) / pageSize : null,
                TotalCount = signals.HasFlag(Signals.TotalCount) ? all.Length : null,
            };
            return Task.FromResult(result);
        };
    }

    private static PageNumberPager<string> Pager(
        Func<PageNumberPager<string>.Position, int?, CancellationToken, Task<PageResult<string>>> fetch,
        int? defaultPageSize = DefaultPageSize,
        bool stopOnShortPage = false,
        long firstPage = 1,
        PaginationOptions? options = null,
        CancellationToken cancellationToken = default) =>
        new(PagerTestKit.Context with { Options = options }, fetch, PagerTestKit.Key, defaultPageSize, stopOnShortPage, firstPage, cancellationToken);

    [Theory]
    [InlineData(250, new long[] { 1, 2, 3 })]
    [InlineData(200, new long[] { 1, 2 })]
    [InlineData(100, new long[] { 1 })]
    [InlineData(0, new long[] { 1 })]
    public async Task Stops_at_the_total_page_count_without_an_extra_fetch(int total, long[] expectedPages)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.TotalPages)));

        items.Should().Equal(all);
        log.Positions.Should().Equal(expectedPages);
    }

    [Theory]
    [InlineData(250, new long[] { 1, 2, 3 })]
    [InlineData(200, new long[] { 1, 2 })]
    [InlineData(1, new long[] { 1 })]
    public async Task Stops_at_the_total_item_count_without_an_extra_fetch(int total, long[] expectedPages)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.TotalCount)));

        items.Should().Equal(all);
        log.Positions.Should().Equal(expectedPages);
    }

    [Theory]
    [InlineData(250, new long[] { 1, 2, 3, 4 })]
    [InlineData(200, new long[] { 1, 2, 3 })]
    public async Task Without_any_signal_an_empty_trailing_page_stops(int total, long[] expectedPages)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<long>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.None)).AsPages());

        pages.SelectMany(p => p.Values).Should().Equal(all);
        log.Positions.Should().Equal(expectedPages);
    }

    [Theory]
    [InlineData(250, new long[] { 1, 2, 3 })]
    [InlineData(200, new long[] { 1, 2, 3 })]
    [InlineData(99, new long[] { 1 })]
    public async Task StopOnShortPage_stops_on_a_page_shorter_than_requested(int total, long[] expectedPages)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.None), stopOnShortPage: true));

        items.Should().Equal(all);
        log.Positions.Should().Equal(expectedPages);
    }

    [Fact]
    public async Task StopOnShortPage_uses_the_page_size_hint_when_given()
    {
        var all = PagerTestKit.Items(60);
        var log = new FetchLog<long>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.None), stopOnShortPage: true).AsPages(pageSizeHint: 25));

        pages.Select(p => p.Values.Count).Should().Equal(25, 25, 10);
        log.Sizes.Should().Equal(25, 25, 25);
    }

    [Fact]
    public async Task Without_StopOnShortPage_a_short_page_does_not_end_the_listing()
    {
        // A server that caps the page size below the request (asked 100, sends 40) must not end the listing early.
        var all = PagerTestKit.Items(100);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.TotalCount, cap: 40)));

        items.Should().Equal(all);
        log.Positions.Should().Equal(1L, 2L, 3L);
    }

    [Fact]
    public async Task A_server_that_caps_the_page_size_below_the_hint_is_still_listed_to_its_total()
    {
        var all = PagerTestKit.Items(130);
        var log = new FetchLog<long>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.TotalCount, cap: 50)).AsPages(pageSizeHint: 500));

        pages.SelectMany(p => p.Values).Should().Equal(all);
        log.Positions.Should().Equal(1L, 2L, 3L);
        log.Sizes.Should().Equal(500, 500, 500);
    }

    [Fact]
    public async Task A_server_that_ignores_the_page_number_fails_without_yielding_duplicates()
    {
        var log = new FetchLog<long>();

        var (items, error) = await PagerTestKit.CollectUntilErrorAsync(Pager(Server(PagerTestKit.Items(250), log, Signals.None, ignorePage: true)));

        items.Should().Equal(PagerTestKit.Items(100));
        var exception = error.Should().BeOfType<IdentityProviderPaginationException>().Subject;
        exception.PagesFetched.Should().Be(2);
        exception.Message.Should().Contain("same item ('item-0000')").And.Contain("position 2");
        log.Positions.Should().Equal(1L, 2L);
    }

    [Fact]
    public async Task The_max_pages_cap_fails()
    {
        var log = new FetchLog<long>();

        var (items, error) = await PagerTestKit.CollectUntilErrorAsync(
            Pager(Server(PagerTestKit.Items(1000), log, Signals.None), options: new PaginationOptions { MaxPages = 2 }));

        items.Should().Equal(PagerTestKit.Items(200));
        error.Should().BeOfType<IdentityProviderPaginationException>().Which.PagesFetched.Should().Be(2);
        log.Count.Should().Be(2);
    }

    [Fact]
    public async Task Continuation_tokens_are_page_numbers_and_resume_exactly_there()
    {
        var all = PagerTestKit.Items(250);
        var firstRun = new FetchLog<long>();
        var pages = await PagerTestKit.CollectAsync(Pager(Server(all, firstRun, Signals.TotalCount)).AsPages());
        pages.Select(p => p.ContinuationToken).Should().Equal("2", "3", null);

        var secondRun = new FetchLog<long>();
        var resumed = await PagerTestKit.CollectAsync(Pager(Server(all, secondRun, Signals.TotalCount)).AsPages(pages[0].ContinuationToken));

        resumed.SelectMany(p => p.Values).Should().Equal(all.Skip(100));
        secondRun.Positions.Should().Equal(2L, 3L);
    }

    [Fact]
    public async Task Resuming_at_the_last_page_with_a_total_count_fetches_only_that_page()
    {
        var all = PagerTestKit.Items(250);
        var log = new FetchLog<long>();

        var resumed = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.TotalCount)).AsPages("3"));

        resumed.SelectMany(p => p.Values).Should().Equal(all.Skip(200));
        log.Positions.Should().Equal(3L);
    }

    [Fact]
    public async Task A_zero_based_first_page_is_honoured()
    {
        var all = PagerTestKit.Items(250);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, Signals.TotalPages, firstPage: 0), firstPage: 0));

        items.Should().Equal(all);
        log.Positions.Should().Equal(0L, 1L, 2L);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void An_invalid_continuation_token_is_rejected(string token)
    {
        var log = new FetchLog<long>();
        var pager = Pager(Server(PagerTestKit.Items(10), log, Signals.None));

        var act = () => pager.AsPages(token);

        act.Should().Throw<ArgumentException>().WithParameterName("continuationToken");
        log.Count.Should().Be(0);
    }

    [Fact]
    public async Task The_next_link_of_a_page_is_handed_to_the_next_fetch()
    {
        var positions = new List<PageNumberPager<string>.Position>();
        var link = new Uri("https://api.example.test/things?page=2&cursor=xyz");
        var pager = Pager((position, size, token) =>
        {
            positions.Add(position);
            return Task.FromResult(position.PageNumber == 1
                ? new PageResult<string>(["a"]) { NextLink = link }
                : new PageResult<string>(["b"]) { TotalPages = 2 });
        });

        (await PagerTestKit.CollectAsync(pager)).Should().Equal("a", "b");
        positions.Should().Equal(new PageNumberPager<string>.Position(1, null), new PageNumberPager<string>.Position(2, link));
    }

    [Fact]
    public async Task Cancelling_after_the_first_page_stops_before_the_next_fetch()
    {
        var log = new FetchLog<long>();
        using var cts = new CancellationTokenSource();
        var count = 0;

        var act = async () =>
        {
            await foreach (var unused in Pager(Server(PagerTestKit.Items(250), log, Signals.TotalCount)).WithCancellation(cts.Token))
            {
                if (++count == 100)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        count.Should().Be(100);
        log.Count.Should().Be(1);
        log.Tokens[0].IsCancellationRequested.Should().BeTrue("the fetch got a token linked to the caller's");
    }

    [Fact]
    public async Task A_server_that_serves_an_earlier_page_again_later_is_stopped_before_duplicates()
    {
        var all = PagerTestKit.Items(300);
        var log = new FetchLog<long>();
        Task<PageResult<string>> Cycling(PageNumberPager<string>.Position position, int? size, CancellationToken token)
        {
            log.Add(position.PageNumber, size, token);
            var index = (position.PageNumber - 1) % 2; // pages 1, 2, 1, 2, ...
            return Task.FromResult(new PageResult<string>(PagerTestKit.Slice(all, index * DefaultPageSize, DefaultPageSize)));
        }

        var (items, error) = await PagerTestKit.CollectUntilErrorAsync(Pager(Cycling));

        items.Should().Equal(all.Take(200));
        error.Should().BeOfType<IdentityProviderPaginationException>().Which.Message.Should().Contain("page 3").And.Contain("as a page already returned");
        log.Positions.Should().Equal(1, 2, 3);
    }
}
