using System.Globalization;

namespace IdentityProviders.Sdk;

/// <summary>
/// Page-number pagination (Cloudflare <c>page</c>/<c>per_page</c>, Waldur <c>page</c>/<c>page_size</c>): the
/// continuation token is the page number. Stops at the total page or item count, on a same-origin <c>Link</c> absence
/// when the vendor uses links, on a short page (when enabled) and on an empty page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class PageNumberPager<T> : PagerBase<T, PageNumberPager<T>.Position>
    where T : notnull
{
    private readonly Func<Position, int?, CancellationToken, Task<PageResult<T>>> _fetch;

    /// <summary>Creates the pager.</summary>
    /// <param name="context">Names the listing and carries its limits.</param>
    /// <param name="fetch">Fetches a page: its number (and next link, when the previous page gave one) and optional size.</param>
    /// <param name="keySelector">Returns an item's unique id.</param>
    /// <param name="defaultPageSize">The page size used when no hint is given (used to recognise a short page).</param>
    /// <param name="stopOnShortPage">Whether a page with fewer items than requested is the last; only safe when the vendor never caps the page size below the request.</param>
    /// <param name="firstPage">The number of the first page.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public PageNumberPager(PagerContext context, Func<Position, int?, CancellationToken, Task<PageResult<T>>> fetch, Func<T, string> keySelector, int? defaultPageSize = null, bool stopOnShortPage = false, long firstPage = 1, CancellationToken cancellationToken = default)
        : base(context, keySelector, cancellationToken)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        DefaultPageSize = defaultPageSize;
        StopOnShortPage = stopOnShortPage;
        FirstPage = firstPage;
    }

    /// <summary>The page size used when no hint is given.</summary>
    public int? DefaultPageSize { get; }

    /// <summary>Whether a short page ends the listing.</summary>
    public bool StopOnShortPage { get; }

    /// <summary>The number of the first page.</summary>
    public long FirstPage { get; }

    /// <inheritdoc />
    protected override Position ParseToken(string? continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            return new Position(FirstPage, null);
        }

        if (!long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < FirstPage)
        {
            throw new ArgumentException($"continuationToken must be a page number >= {FirstPage} (from Page.ContinuationToken).", nameof(continuationToken));
        }

        return new Position(page, null);
    }

    /// <inheritdoc />
    protected override string FormatToken(Position state) => state.PageNumber.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override Task<PageResult<T>> FetchAsync(Position state, int? pageSizeHint, CancellationToken cancellationToken) =>
        _fetch(state, pageSizeHint, cancellationToken);

    /// <inheritdoc />
    protected override Position? NextState(Position state, PageResult<T> page, int? pageSizeHint, long itemsSoFar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(page);
        var requested = pageSizeHint ?? DefaultPageSize;
        if (page.TotalPages is { } totalPages && state.PageNumber - FirstPage + 1 >= totalPages)
        {
            return null;
        }

        // Items before this enumeration's first page (resuming mid-listing) are estimated once, from the request size,
        // and carried along: re-estimating on every page would count pages a capping server shortened as full ones
        // and stop early, silently dropping the rest of the listing.
        var itemsBeforeStart = itemsSoFar == page.Values.Count
            ? (state.PageNumber - FirstPage) * (long)(requested ?? page.Values.Count)
            : state.ItemsBeforeStart;
        if (page.TotalCount is { } total && itemsBeforeStart + itemsSoFar >= total)
        {
            return null;
        }

        if (StopOnShortPage && requested is { } size && page.Values.Count < size)
        {
            return null;
        }

        return new Position(state.PageNumber + 1, page.NextLink) { ItemsBeforeStart = itemsBeforeStart };
    }

    /// <summary>A page position.</summary>
    /// <param name="PageNumber">The page number.</param>
    /// <param name="NextLink">The server's link to this page, when the previous page sent one.</param>
    public sealed record Position(long PageNumber, Uri? NextLink)
    {
        /// <summary>The estimated number of items before the enumeration's first page (0 when it started at the first page).</summary>
        internal long ItemsBeforeStart { get; init; }
    }
}
