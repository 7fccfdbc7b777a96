namespace IdentityProviders.Sdk;

/// <summary>What a pager's fetch function returns for one page: the items and the pagination signals.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Values">The items of the page.</param>
/// <param name="RequestId">The vendor's request id, when sent.</param>
public sealed record PageResult<T>(IReadOnlyList<T> Values, string? RequestId = null)
{
    /// <summary>Cursor pagination: the cursor of the next page; <see langword="null"/> or empty when none.</summary>
    public string? NextCursor { get; init; }

    /// <summary>Cursor pagination: the server says there is a next page (defaults to "a next cursor was given").</summary>
    public bool? HasMore { get; init; }

    /// <summary>Page-number and offset pagination: the total number of items, when the server says.</summary>
    public long? TotalCount { get; init; }

    /// <summary>Page-number pagination: the total number of pages, when the server says.</summary>
    public long? TotalPages { get; init; }

    /// <summary>
    /// Page-number pagination: an explicit next-page link when the server sent one (<see cref="Uri"/> already checked
    /// by the vendor to be on the same origin), else <see langword="null"/>.
    /// </summary>
    public Uri? NextLink { get; init; }
}
