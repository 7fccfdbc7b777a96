namespace IdentityProviders.Sdk;

internal sealed class FuncAsyncPageable<T>(Func<string?, int?, IAsyncEnumerable<Page<T>>> pageFunc) : AsyncPageable<T>
    where T : notnull
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null) =>
        pageFunc(continuationToken, pageSizeHint);
}
