namespace IdentityProviders.Sdk.Tests.Pagination;

public class OffsetPagerTests
{
    private const int DefaultPageSize = 100;

    private static Func<long, int?, CancellationToken, Task<PageResult<string>>> Server(
        string[] all, FetchLog<long> log, bool sendTotal = true, int? cap = null, bool ignoreOffset = false)
    {
        return (offset, size, token) =>
        {
            log.Add(offset, size, token);
            var pageSize = Math.Min(size ?? DefaultPageSize, cap ?? int.MaxValue);
            var values = PagerTestKit.Slice(all, ignoreOffset ? 0 : offset, pageSize);
            return Task.FromResult(new PageResult<string>(values) { TotalCount = sendTotal ? all.Length : null });
        };
    }

    private static OffsetPager<string> Pager(
        Func<long, int?, CancellationToken, Task<PageResult<string>>> fetch,
        int? defaultPageSize = DefaultPageSize,
        bool stopOnShortPage = false,
        PaginationOptions? options = null,
        CancellationToken cancellationToken = default) =>
        new(PagerTestKit.Context with { Options = options }, fetch, PagerTestKit.Key, defaultPageSize, stopOnShortPage, cancellationToken);

    [Theory]
    [InlineData(250, new long[] { 0, 100, 200 })]
    [InlineData(200, new long[] { 0, 100 })]
    [InlineData(100, new long[] { 0 })]
    [InlineData(0, new long[] { 0 })]
    public async Task Stops_at_the_total_count_without_an_extra_fetch(int total, long[] expectedOffsets)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log)));

        items.Should().Equal(all);
        log.Positions.Should().Equal(expectedOffsets);
    }

    [Fact]
    public async Task Advances_by_the_items_received_when_the_server_caps_the_page_size()
    {
        var all = PagerTestKit.Items(120);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, cap: 50)));

        items.Should().Equal(all);
        log.Positions.Should().Equal(0L, 50L, 100L);
    }

    [Theory]
    [InlineData(250, new long[] { 0, 100, 200, 250 })]
    [InlineData(200, new long[] { 0, 100, 200 })]
    public async Task Without_a_total_an_empty_trailing_page_stops(int total, long[] expectedOffsets)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, sendTotal: false)));

        items.Should().Equal(all);
        log.Positions.Should().Equal(expectedOffsets);
    }

    [Theory]
    [InlineData(250, new long[] { 0, 100, 200 })]
    [InlineData(200, new long[] { 0, 100, 200 })]
    public async Task StopOnShortPage_stops_on_a_short_page(int total, long[] expectedOffsets)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<long>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log, sendTotal: false), stopOnShortPage: true));

        items.Should().Equal(all);
        log.Positions.Should().Equal(expectedOffsets);
    }

    [Fact]
    public async Task The_page_size_hint_is_passed_as_the_limit()
    {
        var log = new FetchLog<long>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(PagerTestKit.Items(60), log)).AsPages(pageSizeHint: 25));

        pages.Select(p => p.Values.Count).Should().Equal(25, 25, 10);
        log.Positions.Should().Equal(0L, 25L, 50L);
        log.Sizes.Should().Equal(25, 25, 25);
    }

    [Fact]
    public async Task Continuation_tokens_are_offsets_and_resume_exactly_there()
    {
        var all = PagerTestKit.Items(250);
        var firstRun = new FetchLog<long>();
        var pages = await PagerTestKit.CollectAsync(Pager(Server(all, firstRun)).AsPages());
        pages.Select(p => p.ContinuationToken).Should().Equal("100", "200", null);

        var secondRun = new FetchLog<long>();
        var resumed = await PagerTestKit.CollectAsync(Pager(Server(all, secondRun)).AsPages("100"));

        resumed.SelectMany(p => p.Values).Should().Equal(all.Skip(100));
        secondRun.Positions.Should().Equal(100L, 200L);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1e3")]
    public void An_invalid_continuation_token_is_rejected(string token)
    {
        var log = new FetchLog<long>();

        var act = () => Pager(Server([], log)).AsPages(token);

        act.Should().Throw<ArgumentException>().WithParameterName("continuationToken");
        log.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_server_that_ignores_the_offset_fails_without_yielding_duplicates()
    {
        var log = new FetchLog<long>();

        var (items, error) = await PagerTestKit.CollectUntilErrorAsync(Pager(Server(PagerTestKit.Items(250), log, ignoreOffset: true)));

        items.Should().Equal(PagerTestKit.Items(100));
        error.Should().BeOfType<IdentityProviderPaginationException>().Which.Message.Should().Contain("made no progress");
        log.Positions.Should().Equal(0L, 100L);
    }

    [Fact]
    public async Task Pages_are_fetched_only_when_needed()
    {
        var log = new FetchLog<long>();
        var enumerator = Pager(Server(PagerTestKit.Items(250), log)).GetAsyncEnumerator();
        await using (enumerator)
        {
            (await enumerator.MoveNextAsync()).Should().BeTrue();
            log.Count.Should().Be(1);
        }

        log.Count.Should().Be(1);
    }

    [Fact]
    public async Task Cancelling_after_the_first_page_stops_before_the_next_fetch()
    {
        var log = new FetchLog<long>();
        using var cts = new CancellationTokenSource();
        var pager = Pager(Server(PagerTestKit.Items(250), log), cancellationToken: cts.Token);

        var act = async () =>
        {
            await foreach (var unused in pager.AsPages())
            {
                await cts.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        log.Count.Should().Be(1);
    }
}
