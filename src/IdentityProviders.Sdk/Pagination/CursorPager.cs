namespace IdentityProviders.Sdk;

/// <summary>
/// Cursor pagination (e.g. Keycard's <c>after</c>/<c>before</c> with <c>page_info.end_cursor</c>): the continuation
/// token is the cursor. Stops when the server says there is no next page, gives no cursor, or sends an empty page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class CursorPager<T> : PagerBase<T, CursorPager<T>.Position>
    where T : notnull
{
    private readonly Func<string?, int?, CancellationToken, Task<PageResult<T>>> _fetch;

    /// <summary>Creates the pager.</summary>
    /// <param name="context">Names the listing and carries its limits.</param>
    /// <param name="fetch">Fetches the page at a cursor (<see langword="null"/> for the first page) with an optional page size.</param>
    /// <param name="keySelector">Returns an item's unique id.</param>
    /// <param name="initialCursor">The cursor of the first page when no continuation token is given.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public CursorPager(PagerContext context, Func<string?, int?, CancellationToken, Task<PageResult<T>>> fetch, Func<T, string> keySelector, string? initialCursor = null, CancellationToken cancellationToken = default)
        : base(context, keySelector, cancellationToken)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        InitialCursor = initialCursor;
    }

    /// <summary>The cursor of the first page.</summary>
    public string? InitialCursor { get; }

    /// <inheritdoc />
    protected override Position ParseToken(string? continuationToken) => new(string.IsNullOrEmpty(continuationToken) ? InitialCursor : continuationToken);

    /// <inheritdoc />
    protected override string FormatToken(Position state) => state.Cursor ?? string.Empty;

    /// <inheritdoc />
    protected override Task<PageResult<T>> FetchAsync(Position state, int? pageSizeHint, CancellationToken cancellationToken) =>
        _fetch(state.Cursor, pageSizeHint, cancellationToken);

    /// <inheritdoc />
    protected override Position? NextState(Position state, PageResult<T> page, int? pageSizeHint, long itemsSoFar)
    {
        ArgumentNullException.ThrowIfNull(page);
        var hasMore = page.HasMore ?? !string.IsNullOrEmpty(page.NextCursor);
        return hasMore && !string.IsNullOrEmpty(page.NextCursor) ? new Position(page.NextCursor) : null;
    }

    /// <summary>A cursor position.</summary>
    /// <param name="Cursor">The cursor; <see langword="null"/> for the first page.</param>
    public sealed record Position(string? Cursor);
}
