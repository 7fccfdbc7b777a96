using System.Globalization;

namespace IdentityProviders.Sdk.Tests.Pagination;

/// <summary>Items, recorded fetches and collection helpers shared by the pager tests.</summary>
internal static class PagerTestKit
{
    public static readonly PagerContext Context = new("testvendor", "things.list");

    public static string[] Items(int count, int start = 0) =>
        Enumerable.Range(start, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"item-{i:D4}")).ToArray();

    public static string[] Slice(IReadOnlyList<string> all, long offset, int size) =>
        all.Skip((int)Math.Min(offset, all.Count)).Take(size).ToArray();

    public static string Key(string item) => item;

    public static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken = default)
    {
        var items = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Collects until the enumeration throws, returning what was yielded before and the exception.</summary>
    public static async Task<(List<T> Items, Exception? Error)> CollectUntilErrorAsync<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        try
        {
            await foreach (var item in source)
            {
                items.Add(item);
            }
        }
        catch (Exception e)
        {
            return (items, e);
        }

        return (items, null);
    }
}

/// <summary>What a page source was asked for.</summary>
/// <typeparam name="TPosition">The position type (cursor, page number, offset).</typeparam>
internal sealed class FetchLog<TPosition>
{
    private readonly List<(TPosition Position, int? Size, CancellationToken Token)> _calls = [];

    public int Count => _calls.Count;

    public IReadOnlyList<TPosition> Positions => _calls.Select(c => c.Position).ToArray();

    public IReadOnlyList<int?> Sizes => _calls.Select(c => c.Size).ToArray();

    public IReadOnlyList<CancellationToken> Tokens => _calls.Select(c => c.Token).ToArray();

    public void Add(TPosition position, int? size, CancellationToken token) => _calls.Add((position, size, token));
}
