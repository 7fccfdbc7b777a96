using System.Globalization;

namespace IdentityProviders.Sdk;

/// <summary>
/// Offset pagination (Zitadel <c>query.offset</c>/<c>limit</c> with <c>details.totalResult</c>): the continuation token
/// is the offset. Stops at the total, on a short page (when enabled) and on an empty page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class OffsetPager<T> : PagerBase<T, OffsetPager<T>.Position>
    where T : notnull
{
    private readonly Func<long, int?, CancellationToken, Task<PageResult<T>>> _fetch;

    /// <summary>Creates the pager.</summary>
    /// <param name="context">Names the listing and carries its limits.</param>
    /// <param name="fetch">Fetches the page at an offset with an optional limit.</param>
    /// <param name="keySelector">Returns an item's unique id.</param>
    /// <param name="defaultPageSize">The limit used when no hint is given (used to recognise a short page).</param>
    /// <param name="stopOnShortPage">Whether a page with fewer items than requested is the last.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public OffsetPager(PagerContext context, Func<long, int?, CancellationToken, Task<PageResult<T>>> fetch, Func<T, string> keySelector, int? defaultPageSize = null, bool stopOnShortPage = false, CancellationToken cancellationToken = default)
        : base(context, keySelector, cancellationToken)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        DefaultPageSize = defaultPageSize;
        StopOnShortPage = stopOnShortPage;
    }

    /// <summary>The limit used when no hint is given.</summary>
    public int? DefaultPageSize { get; }

    /// <summary>Whether a short page ends the listing.</summary>
    public bool StopOnShortPage { get; }

    /// <inheritdoc />
    protected override Position ParseToken(string? continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            return new Position(0);
        }

        if (!long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw new ArgumentException("continuationToken must be a non-negative offset (from Page.ContinuationToken).", nameof(continuationToken));
        }

        return new Position(offset);
    }

    /// <inheritdoc />
    protected override string FormatToken(Position state) => state.Offset.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override Task<PageResult<T>> FetchAsync(Position state, int? pageSizeHint, CancellationToken cancellationToken) =>
        _fetch(state.Offset, pageSizeHint, cancellationToken);

    /// <inheritdoc />
    protected override Position? NextState(Position state, PageResult<T> page, int? pageSizeHint, long itemsSoFar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(page);
        var next = state.Offset + page.Values.Count;
        if (page.TotalCount is { } total && next >= total)
        {
            return null;
        }

        var requested = pageSizeHint ?? DefaultPageSize;
        if (StopOnShortPage && requested is { } size && page.Values.Count < size)
        {
            return null;
        }

        return new Position(next);
    }

    /// <summary>An offset position.</summary>
    /// <param name="Offset">The offset of the page's first item.</param>
    public sealed record Position(long Offset);
}
