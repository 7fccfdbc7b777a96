using System.Globalization;
using System.Runtime.CompilerServices;

namespace IdentityProviders.Sdk;

/// <summary>
/// The loop every pager shares: fetch lazily, stop on the server's signal or an empty page, and fail clearly on a
/// page that makes no progress (repeated first item or repeated continuation) or past the page cap.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <typeparam name="TState">The pager's position (cursor, page number, offset).</typeparam>
public abstract class PagerBase<T, TState> : AsyncPageable<T>
    where T : notnull
    where TState : notnull
{
    private readonly Func<T, string> _keySelector;

    /// <summary>Creates the pager.</summary>
    /// <param name="context">Names the listing and carries its limits.</param>
    /// <param name="keySelector">Returns an item's unique id; used to detect a page that repeats the previous one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    protected PagerBase(PagerContext context, Func<T, string> keySelector, CancellationToken cancellationToken)
        : base(cancellationToken)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        _keySelector = keySelector ?? throw new ArgumentNullException(nameof(keySelector));
        var maxPages = (context.Options ?? PaginationOptions.Default).MaxPages;
        if (maxPages < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(context), maxPages, "PaginationOptions.MaxPages must be at least 1.");
        }
    }

    /// <summary>Names the listing.</summary>
    protected PagerContext Context { get; }

    /// <summary>The position of the first page, or of the page <paramref name="continuationToken"/> names.</summary>
    /// <param name="continuationToken">A token from <see cref="FormatToken"/>, or <see langword="null"/>.</param>
    /// <returns>The position.</returns>
    protected abstract TState ParseToken(string? continuationToken);

    /// <summary>Renders a position as a continuation token.</summary>
    /// <param name="state">The position.</param>
    /// <returns>The token.</returns>
    protected abstract string FormatToken(TState state);

    /// <summary>Fetches one page.</summary>
    /// <param name="state">The position.</param>
    /// <param name="pageSizeHint">The requested page size, if any.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    protected abstract Task<PageResult<T>> FetchAsync(TState state, int? pageSizeHint, CancellationToken cancellationToken);

    /// <summary>Decides the next position from a fetched page, or <see langword="null"/> when the listing is complete.</summary>
    /// <param name="state">The position that was fetched.</param>
    /// <param name="page">The page.</param>
    /// <param name="pageSizeHint">The requested page size, if any.</param>
    /// <param name="itemsSoFar">Items yielded by this enumeration including this page.</param>
    /// <returns>The next position or <see langword="null"/>.</returns>
    protected abstract TState? NextState(TState state, PageResult<T> page, int? pageSizeHint, long itemsSoFar);

    /// <inheritdoc />
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        if (pageSizeHint is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "pageSizeHint must be at least 1.");
        }

        var start = ParseToken(continuationToken);
        return Enumerate(start, pageSizeHint, default);
    }

    private async IAsyncEnumerable<Page<T>> Enumerate(TState start, int? pageSizeHint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, cancellationToken);
        var token = linked.Token;
        var maxPages = (Context.Options ?? PaginationOptions.Default).MaxPages;
        var seenTokens = new HashSet<string>(StringComparer.Ordinal) { FormatToken(start) };
        // First ids of every page fetched: a server that serves an earlier page again (not only the previous one) is
        // caught before its items are yielded twice. One short string per page; bounded by MaxPages.
        var seenFirstKeys = new HashSet<string>(StringComparer.Ordinal);
        long itemsSoFar = 0;
        var pages = 0;
        var state = start;

        while (true)
        {
            token.ThrowIfCancellationRequested();
            if (pages >= maxPages)
            {
                throw new IdentityProviderPaginationException(
                    string.Create(CultureInfo.InvariantCulture, $"{Context.Vendor} {Context.Operation} stopped after {pages} pages: the MaxPages safety cap ({maxPages}) was reached before the server signalled the last page. Raise PaginationOptions.MaxPages if the listing is really this long."),
                    Context.Vendor,
                    Context.Operation,
                    pages);
            }

            PageResult<T> page;
            var pageTelemetry = Context.Telemetry?.StartPage(Context.Operation, pages + 1);
            try
            {
                page = await FetchAsync(state, pageSizeHint, token).ConfigureAwait(false);
                pageTelemetry?.Received(page.Values.Count);
            }
            finally
            {
                pageTelemetry?.Dispose();
            }

            pages++;
            if (page.Values.Count == 0)
            {
                if (pages == 1)
                {
                    yield return new Page<T>(page.Values, null, page.RequestId);
                }

                yield break;
            }

            for (var i = 0; i < page.Values.Count; i++)
            {
                if (page.Values[i] is null)
                {
                    // A JSON null in the list ("items": [null]) deserializes; it is a malformed page, not a provider.
                    throw new IdentityProviderResponseFormatException(
                        string.Create(CultureInfo.InvariantCulture, $"{Context.Vendor} {Context.Operation} returned a page whose item {i} is JSON null{(page.RequestId is null ? "" : $" (request id {page.RequestId})")}."),
                        Context.Vendor,
                        Context.Operation,
                        200,
                        page.RequestId);
                }
            }

            var firstKey = _keySelector(page.Values[0]);
            if (!seenFirstKeys.Add(firstKey))
            {
                throw new IdentityProviderPaginationException(
                    string.Create(CultureInfo.InvariantCulture, $"{Context.Vendor} {Context.Operation} made no progress: page {pages} (position {FormatToken(state)}) starts with the same item ('{firstKey}') as a page already returned. The server repeated a page; stopping instead of looping. {itemsSoFar} unique items were returned."),
                    Context.Vendor,
                    Context.Operation,
                    pages);
            }

            itemsSoFar += page.Values.Count;
            var next = NextState(state, page, pageSizeHint, itemsSoFar);
            var nextToken = next is null ? null : FormatToken(next);
            yield return new Page<T>(page.Values, nextToken, page.RequestId);

            if (next is null)
            {
                yield break;
            }

            if (!seenTokens.Add(nextToken!))
            {
                throw new IdentityProviderPaginationException(
                    string.Create(CultureInfo.InvariantCulture, $"{Context.Vendor} {Context.Operation} made no progress: after page {pages} the server pointed back to a position already fetched ('{nextToken}'). Stopping instead of looping. {itemsSoFar} unique items were returned."),
                    Context.Vendor,
                    Context.Operation,
                    pages);
            }

            state = next;
        }
    }
}
