namespace IdentityProviders.Sdk;

/// <summary>
/// A lazily fetched, paginated collection: enumerate items with <c>await foreach</c>, or pages with
/// <see cref="AsPages(string?, int?)"/>. Only one page is held in memory at a time.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
    where T : notnull
{
    /// <summary>Creates an instance bound to <paramref name="cancellationToken"/>.</summary>
    /// <param name="cancellationToken">The token the enumeration observes, combined with the one passed to <see cref="GetAsyncEnumerator"/>.</param>
    protected AsyncPageable(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    /// <summary>For mocking.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>The token given when the pageable was created.</summary>
    protected CancellationToken CancellationToken { get; }

    /// <summary>Enumerates the pages, starting at <paramref name="continuationToken"/> when given.</summary>
    /// <param name="continuationToken">A <see cref="Page{T}.ContinuationToken"/> from an earlier enumeration, or <see langword="null"/> to start at the beginning.</param>
    /// <param name="pageSizeHint">The page size to request, within the vendor's limits; <see langword="null"/> for the default.</param>
    /// <returns>The pages.</returns>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <inheritdoc />
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
            {
                yield return item;
            }
        }
    }
}
