namespace IdentityProviders.Sdk;

/// <summary>One page of a paginated listing.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Values">The page's items.</param>
/// <param name="ContinuationToken">Resumes the listing after this page (pass it to <see cref="AsyncPageable{T}.AsPages(string?, int?)"/>); <see langword="null"/> on the last page.</param>
/// <param name="RequestId">The vendor's request id for the page request, when it sent one.</param>
public sealed record Page<T>(IReadOnlyList<T> Values, string? ContinuationToken, string? RequestId = null);
