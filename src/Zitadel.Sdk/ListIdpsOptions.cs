using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

/// <summary>Filters, page size, sorting and order of the deprecated legacy list; never modified by the client.</summary>
public sealed record ListIdpsOptions
{
    /// <summary>The page size (<c>query.limit</c>), 1..1000; <see langword="null"/> for <see cref="IdentityProvidersClient.DefaultPageSize"/>.</summary>
    public int? PageSize { get; init; }

    /// <summary>Ascending order (<c>query.asc</c>); the server's default is descending.</summary>
    public bool? Ascending { get; init; }

    /// <summary>The sorting column.</summary>
    public IdpFieldName? SortingColumn { get; init; }

    /// <summary>Filters (<c>queries</c>); all must match.</summary>
    public IReadOnlyList<IdpQuery>? Queries { get; init; }
}
