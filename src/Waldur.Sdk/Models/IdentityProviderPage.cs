namespace Waldur.Sdk.Models;

/// <summary>One page of identity providers as the server returned it: the body and the pagination headers.</summary>
public sealed record IdentityProviderPage
{
    /// <summary>The providers on the page (the bare JSON array body).</summary>
    public required IReadOnlyList<IdentityProvider> Items { get; init; }

    /// <summary>The total number of providers (<c>x-result-count</c>), when the server sent it.</summary>
    public long? TotalCount { get; init; }

    /// <summary>The <c>Link</c> header's <c>rel="next"</c> target, when the server sent one.</summary>
    public Uri? NextLink { get; init; }

    /// <summary>Whether the server sent a <c>Link</c> header at all (then a missing <see cref="NextLink"/> means the last page).</summary>
    public bool HasLinkHeader { get; init; }

    /// <summary>The server's request id, when sent.</summary>
    public string? RequestId { get; init; }
}
