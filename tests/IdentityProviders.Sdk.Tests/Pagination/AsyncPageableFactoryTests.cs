namespace IdentityProviders.Sdk.Tests.Pagination;

public class AsyncPageableFactoryTests
{
    private static async IAsyncEnumerable<Page<int>> Pages(string? continuationToken, int? pageSizeHint, List<(string? Token, int? Hint)> calls)
    {
        calls.Add((continuationToken, pageSizeHint));
        var start = continuationToken is null ? 0 : int.Parse(continuationToken, System.Globalization.CultureInfo.InvariantCulture);
        for (var page = start; page < 3; page++)
        {
            await Task.Yield();
            yield return new Page<int>([page * 10, (page * 10) + 1], page < 2 ? (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, $"req-{page}");
        }
    }

    [Fact]
    public async Task FromPages_enumerates_items_of_every_page()
    {
        var calls = new List<(string? Token, int? Hint)>();
        var pageable = AsyncPageableFactory.FromPages<int>((token, hint) => Pages(token, hint, calls));

        (await PagerTestKit.CollectAsync(pageable)).Should().Equal(0, 1, 10, 11, 20, 21);
        calls.Should().Equal((null, null));
    }

    [Fact]
    public async Task Select_maps_items_and_keeps_continuation_tokens_and_request_ids()
    {
        var calls = new List<(string? Token, int? Hint)>();
        var source = AsyncPageableFactory.FromPages<int>((token, hint) => Pages(token, hint, calls));

        var mapped = AsyncPageableFactory.Select(source, i => $"#{i}");
        var pages = await PagerTestKit.CollectAsync(mapped.AsPages());

        pages.Select(p => p.Values).Should().BeEquivalentTo(new[] { new[] { "#0", "#1" }, new[] { "#10", "#11" }, new[] { "#20", "#21" } }, o => o.WithStrictOrdering());
        pages.Select(p => p.ContinuationToken).Should().Equal("1", "2", null);
        pages.Select(p => p.RequestId).Should().Equal("req-0", "req-1", "req-2");
    }

    [Fact]
    public async Task Select_passes_continuation_token_and_page_size_hint_to_the_source()
    {
        var calls = new List<(string? Token, int? Hint)>();
        var source = AsyncPageableFactory.FromPages<int>((token, hint) => Pages(token, hint, calls));

        var items = await PagerTestKit.CollectAsync(AsyncPageableFactory.Select(source, i => i * 2).AsPages("2", 7));

        items.SelectMany(p => p.Values).Should().Equal(40, 42);
        calls.Should().Equal(("2", 7));
    }

    [Fact]
    public async Task Select_over_a_pager_maps_lazily()
    {
        var log = new FetchLog<string?>();
        var pager = new CursorPager<string>(PagerTestKit.Context, (cursor, size, token) =>
        {
            log.Add(cursor, size, token);
            return Task.FromResult(cursor is null
                ? new PageResult<string>(["a", "b"]) { NextCursor = "n" }
                : new PageResult<string>(["c"]));
        }, PagerTestKit.Key);
        var mapped = AsyncPageableFactory.Select(pager, s => s.ToUpperInvariant());

        var enumerator = mapped.GetAsyncEnumerator();
        await using (enumerator)
        {
            (await enumerator.MoveNextAsync()).Should().BeTrue();
            enumerator.Current.Should().Be("A");
            log.Count.Should().Be(1);
        }

        (await PagerTestKit.CollectAsync(mapped)).Should().Equal("A", "B", "C");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var source = AsyncPageableFactory.FromPages<int>((_, _) => AsyncEnumerable.Empty<Page<int>>());

        FluentActions.Invoking(() => AsyncPageableFactory.FromPages<int>(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AsyncPageableFactory.Select<int, int>(null!, i => i)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => AsyncPageableFactory.Select<int, int>(source, null!)).Should().Throw<ArgumentNullException>();
    }
}
