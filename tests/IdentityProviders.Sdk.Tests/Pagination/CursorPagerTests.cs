using System.Globalization;

namespace IdentityProviders.Sdk.Tests.Pagination;

public class CursorPagerTests
{
    private const int DefaultPageSize = 100;

    /// <summary>A cursor server: the cursor is the offset; it may or may not signal the last page.</summary>
    private static Func<string?, int?, CancellationToken, Task<PageResult<string>>> Server(
        string[] all, FetchLog<string?> log, bool signalEnd = true, bool sendHasMore = true)
    {
        return (cursor, size, token) =>
        {
            log.Add(cursor, size, token);
            var offset = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
            var pageSize = size ?? DefaultPageSize;
            var values = PagerTestKit.Slice(all, offset, pageSize);
            var next = offset + values.Length;
            var more = next < all.Length;
            var result = new PageResult<string>(values, $"req-{log.Count}")
            {
                NextCursor = signalEnd && !more ? null : next.ToString(CultureInfo.InvariantCulture),
                HasMore = sendHasMore && signalEnd ? more : null,
            };
            return Task.FromResult(result);
        };
    }

    private static CursorPager<string> Pager(Func<string?, int?, CancellationToken, Task<PageResult<string>>> fetch, PaginationOptions? options = null, CancellationToken cancellationToken = default) =>
        new(PagerTestKit.Context with { Options = options }, fetch, PagerTestKit.Key, cancellationToken: cancellationToken);

    [Theory]
    [InlineData(250, 3, new[] { null, "100", "200" })]
    [InlineData(200, 2, new[] { null, "100" })]
    [InlineData(100, 1, new string?[] { null })]
    [InlineData(101, 2, new[] { null, "100" })]
    [InlineData(1, 1, new string?[] { null })]
    [InlineData(0, 1, new string?[] { null })]
    public async Task Enumerates_every_item_once_and_stops_on_the_server_signal_without_an_extra_fetch(int total, int expectedFetches, string?[] expectedCursors)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<string?>();

        var items = await PagerTestKit.CollectAsync(Pager(Server(all, log)));

        items.Should().Equal(all);
        log.Count.Should().Be(expectedFetches);
        log.Positions.Should().Equal(expectedCursors);
    }

    [Fact]
    public async Task Stops_when_the_server_gives_a_cursor_but_says_there_is_no_next_page()
    {
        var log = new FetchLog<string?>();
        var pager = Pager((cursor, size, token) =>
        {
            log.Add(cursor, size, token);
            return Task.FromResult(new PageResult<string>(["a", "b"]) { NextCursor = "more", HasMore = false });
        });

        var pages = await PagerTestKit.CollectAsync(pager.AsPages());

        pages.Should().ContainSingle();
        pages[0].Values.Should().Equal("a", "b");
        pages[0].ContinuationToken.Should().BeNull();
        log.Count.Should().Be(1);
    }

    [Fact]
    public async Task Stops_when_has_more_is_true_but_no_cursor_is_given()
    {
        var log = new FetchLog<string?>();
        var pager = Pager((cursor, size, token) =>
        {
            log.Add(cursor, size, token);
            return Task.FromResult(new PageResult<string>(["a"]) { NextCursor = null, HasMore = true });
        });

        (await PagerTestKit.CollectAsync(pager)).Should().Equal("a");
        log.Count.Should().Be(1);
    }

    [Theory]
    [InlineData(200, 3)]
    [InlineData(250, 4)]
    public async Task Without_a_server_signal_an_empty_trailing_page_stops(int total, int expectedFetches)
    {
        var all = PagerTestKit.Items(total);
        var log = new FetchLog<string?>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(all, log, signalEnd: false)).AsPages());

        pages.SelectMany(p => p.Values).Should().Equal(all);
        pages.Should().OnlyContain(p => p.Values.Count > 0, "an empty page after the first is not yielded");
        log.Count.Should().Be(expectedFetches);
    }

    [Fact]
    public async Task An_empty_listing_yields_one_empty_page_without_a_continuation_token()
    {
        var log = new FetchLog<string?>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server([], log)).AsPages());

        pages.Should().ContainSingle();
        pages[0].Values.Should().BeEmpty();
        pages[0].ContinuationToken.Should().BeNull();
        pages[0].RequestId.Should().Be("req-1");
        log.Count.Should().Be(1);
    }

    [Fact]
    public async Task Pages_carry_the_next_cursor_as_continuation_token_and_the_request_id()
    {
        var log = new FetchLog<string?>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(PagerTestKit.Items(250), log)).AsPages());

        pages.Select(p => p.ContinuationToken).Should().Equal("100", "200", null);
        pages.Select(p => p.RequestId).Should().Equal("req-1", "req-2", "req-3");
        pages.Select(p => p.Values.Count).Should().Equal(100, 100, 50);
    }

    [Fact]
    public async Task A_repeated_cursor_fails_after_yielding_only_unique_items()
    {
        var log = new FetchLog<string?>();
        var pager = Pager((cursor, size, token) =>
        {
            log.Add(cursor, size, token);
            PageResult<string> page = cursor is null
                ? new(["a", "b"]) { NextCursor = "c1" }
                : new(["c", "d"]) { NextCursor = "c1" };
            return Task.FromResult(page);
        });

        var (items, error) = await PagerTestKit.CollectUntilErrorAsync(pager);

        items.Should().Equal("a", "b", "c", "d");
        var exception = error.Should().BeOfType<IdentityProviderPaginationException>().Subject;
        exception.PagesFetched.Should().Be(2);
        exception.Vendor.Should().Be("testvendor");
        exception.Operation.Should().Be("things.list");
        exception.Message.Should().Contain("made no progress").And.Contain("'c1'").And.Contain("4 unique items");
        log.Positions.Should().Equal(null, "c1");
    }

    [Fact]
    public async Task A_server_that_ignores_the_cursor_fails_without_yielding_duplicates()
    {
        var log = new FetchLog<string?>();
        var next = 0;
        var pager = Pager((cursor, size, token) =>
        {
            log.Add(cursor, size, token);
            next++;

            // New cursor each time (so the cursor check cannot catch it), same first page each time.
            return Task.FromResult(new PageResult<string>(["a", "b"]) { NextCursor = $"c{next}" });
        });

        var (items, error) = await PagerTestKit.CollectUntilErrorAsync(pager);

        items.Should().Equal("a", "b");
        var exception = error.Should().BeOfType<IdentityProviderPaginationException>().Subject;
        exception.PagesFetched.Should().Be(2);
        exception.Message.Should().Contain("same item ('a')");
        log.Count.Should().Be(2);
    }

    [Fact]
    public async Task The_max_pages_cap_fails_without_fetching_more()
    {
        var log = new FetchLog<string?>();
        var pager = Pager(Server(PagerTestKit.Items(1000), log), new PaginationOptions { MaxPages = 3 });

        var (items, error) = await PagerTestKit.CollectUntilErrorAsync(pager);

        items.Should().Equal(PagerTestKit.Items(300));
        var exception = error.Should().BeOfType<IdentityProviderPaginationException>().Subject;
        exception.PagesFetched.Should().Be(3);
        exception.Message.Should().Contain("MaxPages").And.Contain("(3)");
        log.Count.Should().Be(3);
    }

    [Fact]
    public async Task The_max_pages_cap_does_not_fail_a_listing_that_ends_on_the_last_allowed_page()
    {
        var log = new FetchLog<string?>();
        var pager = Pager(Server(PagerTestKit.Items(300), log), new PaginationOptions { MaxPages = 3 });

        (await PagerTestKit.CollectAsync(pager)).Should().HaveCount(300);
        log.Count.Should().Be(3);
    }

    [Fact]
    public void Max_pages_below_one_is_rejected()
    {
        var act = () => Pager(Server([], new FetchLog<string?>()), new PaginationOptions { MaxPages = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxPages*");
    }

    [Fact]
    public async Task Cancelling_after_the_first_page_stops_the_enumeration_before_the_next_fetch()
    {
        var log = new FetchLog<string?>();
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();

        var act = async () =>
        {
            await foreach (var item in Pager(Server(PagerTestKit.Items(250), log)).WithCancellation(cts.Token))
            {
                seen.Add(item);
                if (seen.Count == 100)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Equal(PagerTestKit.Items(100));
        log.Count.Should().Be(1);
    }

    [Fact]
    public async Task The_token_given_at_creation_cancels_the_enumeration()
    {
        var log = new FetchLog<string?>();
        using var cts = new CancellationTokenSource();
        var pager = Pager(Server(PagerTestKit.Items(250), log), cancellationToken: cts.Token);
        var seen = 0;

        var act = async () =>
        {
            await foreach (var page in pager.AsPages())
            {
                seen += page.Values.Count;
                await cts.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(100);
        log.Count.Should().Be(1);
    }

    [Fact]
    public async Task A_cancelled_token_fails_before_the_first_fetch()
    {
        var log = new FetchLog<string?>();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => PagerTestKit.CollectAsync(Pager(Server(PagerTestKit.Items(10), log)), cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        log.Count.Should().Be(0);
    }

    [Fact]
    public async Task The_fetch_receives_a_token_that_follows_the_callers_token()
    {
        var log = new FetchLog<string?>();
        using var cts = new CancellationTokenSource();
        var enumerator = Pager(Server(PagerTestKit.Items(10), log)).GetAsyncEnumerator(cts.Token);
        await using (enumerator)
        {
            (await enumerator.MoveNextAsync()).Should().BeTrue();
            log.Tokens[0].IsCancellationRequested.Should().BeFalse();

            await cts.CancelAsync();

            log.Tokens[0].IsCancellationRequested.Should().BeTrue();
        }
    }

    [Fact]
    public async Task The_fetch_receives_the_token_given_at_creation()
    {
        var log = new FetchLog<string?>();
        using var cts = new CancellationTokenSource();
        var enumerator = Pager(Server(PagerTestKit.Items(10), log), cancellationToken: cts.Token).GetAsyncEnumerator();
        await using (enumerator)
        {
            (await enumerator.MoveNextAsync()).Should().BeTrue();
            log.Tokens[0].IsCancellationRequested.Should().BeFalse();

            await cts.CancelAsync();

            log.Tokens[0].IsCancellationRequested.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Pages_are_fetched_only_when_needed()
    {
        var log = new FetchLog<string?>();
        var pager = Pager(Server(PagerTestKit.Items(250), log));

        log.Count.Should().Be(0, "creating the pageable fetches nothing");
        var enumerator = pager.GetAsyncEnumerator();
        await using (enumerator)
        {
            log.Count.Should().Be(0, "creating the enumerator fetches nothing");

            (await enumerator.MoveNextAsync()).Should().BeTrue();
            enumerator.Current.Should().Be("item-0000");
            log.Count.Should().Be(1);

            for (var i = 1; i < 100; i++)
            {
                (await enumerator.MoveNextAsync()).Should().BeTrue();
            }

            enumerator.Current.Should().Be("item-0099");
            log.Count.Should().Be(1, "the whole first page was served from one fetch");

            (await enumerator.MoveNextAsync()).Should().BeTrue();
            enumerator.Current.Should().Be("item-0100");
            log.Count.Should().Be(2);
        }
    }

    [Fact]
    public async Task AsPages_resumes_exactly_at_a_continuation_token_from_an_earlier_enumeration()
    {
        var all = PagerTestKit.Items(250);
        var firstRun = new FetchLog<string?>();
        string? token;
        var enumerator = Pager(Server(all, firstRun)).AsPages().GetAsyncEnumerator();
        await using (enumerator)
        {
            (await enumerator.MoveNextAsync()).Should().BeTrue();
            token = enumerator.Current.ContinuationToken;
        }

        token.Should().Be("100");
        var secondRun = new FetchLog<string?>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(all, secondRun)).AsPages(token));

        pages.SelectMany(p => p.Values).Should().Equal(all.Skip(100));
        secondRun.Positions.Should().Equal("100", "200");
    }

    [Fact]
    public async Task The_initial_cursor_is_used_when_no_token_is_given()
    {
        var log = new FetchLog<string?>();
        var pager = new CursorPager<string>(PagerTestKit.Context, Server(PagerTestKit.Items(250), log), PagerTestKit.Key, initialCursor: "200");

        (await PagerTestKit.CollectAsync(pager)).Should().Equal(PagerTestKit.Items(50, 200));
        log.Positions.Should().Equal("200");
    }

    [Fact]
    public async Task The_page_size_hint_is_passed_to_every_fetch()
    {
        var log = new FetchLog<string?>();

        var pages = await PagerTestKit.CollectAsync(Pager(Server(PagerTestKit.Items(60), log)).AsPages(pageSizeHint: 25));

        pages.Select(p => p.Values.Count).Should().Equal(25, 25, 10);
        log.Sizes.Should().Equal(25, 25, 25);
    }

    [Fact]
    public async Task Without_a_page_size_hint_the_fetch_gets_null()
    {
        var log = new FetchLog<string?>();

        await PagerTestKit.CollectAsync(Pager(Server(PagerTestKit.Items(150), log)));

        log.Sizes.Should().Equal(new int?[] { null, null });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_page_size_hint_below_one_is_rejected(int hint)
    {
        var act = () => Pager(Server([], new FetchLog<string?>())).AsPages(pageSizeHint: hint);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pageSizeHint");
    }

    [Fact]
    public async Task Two_enumerations_of_one_pageable_are_independent()
    {
        var log = new FetchLog<string?>();
        var pager = Pager(Server(PagerTestKit.Items(150), log));

        var first = await PagerTestKit.CollectAsync(pager);
        var second = await PagerTestKit.CollectAsync(pager);

        second.Should().Equal(first).And.HaveCount(150);
        log.Positions.Should().Equal(null, "100", null, "100");
    }
}
