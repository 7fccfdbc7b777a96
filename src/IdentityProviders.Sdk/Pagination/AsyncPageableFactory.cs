namespace IdentityProviders.Sdk;

/// <summary>Creates <see cref="AsyncPageable{T}"/> instances.</summary>
public static class AsyncPageableFactory
{
    /// <summary>Creates a pageable from a page-producing function (useful for tests and for mapping another pageable).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="pageFunc">Produces the pages for a continuation token and page size hint.</param>
    /// <returns>The pageable.</returns>
    public static AsyncPageable<T> FromPages<T>(Func<string?, int?, IAsyncEnumerable<Page<T>>> pageFunc)
        where T : notnull => new FuncAsyncPageable<T>(pageFunc ?? throw new ArgumentNullException(nameof(pageFunc)));

    /// <summary>Maps the items of a pageable, page by page, keeping continuation tokens.</summary>
    /// <typeparam name="TSource">The source item type.</typeparam>
    /// <typeparam name="TResult">The result item type.</typeparam>
    /// <param name="source">The source pageable.</param>
    /// <param name="selector">Maps one item.</param>
    /// <returns>The mapped pageable.</returns>
    public static AsyncPageable<TResult> Select<TSource, TResult>(AsyncPageable<TSource> source, Func<TSource, TResult> selector)
        where TSource : notnull
        where TResult : notnull
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return new FuncAsyncPageable<TResult>((token, hint) => MapPages(source.AsPages(token, hint), selector));
    }

    private static async IAsyncEnumerable<Page<TResult>> MapPages<TSource, TResult>(IAsyncEnumerable<Page<TSource>> pages, Func<TSource, TResult> selector)
    {
        await foreach (var page in pages.ConfigureAwait(false))
        {
            var mapped = new TResult[page.Values.Count];
            for (var i = 0; i < mapped.Length; i++)
            {
                mapped[i] = selector(page.Values[i]);
            }

            yield return new Page<TResult>(mapped, page.ContinuationToken, page.RequestId);
        }
    }
}
