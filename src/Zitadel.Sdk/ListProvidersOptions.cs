using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

/// <summary>Filters, page size and order of <see cref="IdentityProvidersClient.ListProvidersAsync"/>; never modified by the client.</summary>
public sealed record ListProvidersOptions
{
    /// <summary>
    /// The page size (<c>query.limit</c>), 1..1000; <see langword="null"/> for <see cref="IdentityProvidersClient.DefaultPageSize"/>.
    /// Zitadel rejects a limit above its configured maximum rather than capping it, so a short page is the last one.
    /// </summary>
    public int? PageSize { get; init; }

    /// <summary>Ascending order (<c>query.asc</c>); the server's default is descending.</summary>
    public bool? Ascending { get; init; }

    /// <summary>Filters (<c>queries</c>); all must match. <see cref="ProviderQuery.ByOwnerType"/> is organization level only.</summary>
    public IReadOnlyList<ProviderQuery>? Queries { get; init; }
}
