namespace Waldur.Sdk.Models;

/// <summary>Parameters of an identity provider listing. The SDK never modifies an instance you pass.</summary>
public sealed record IdentityProviderListOptions
{
    /// <summary>The page to start at (1-based; <c>page</c>). Default: 1.</summary>
    public int? Page { get; init; }

    /// <summary>
    /// Items per page (<c>page_size</c>, 1..300: Waldur caps it at 300). Default:
    /// <see cref="IdentityProvidersClient.DefaultPageSize"/> (300, the cap, so a listing takes as few round trips as
    /// the server allows).
    /// </summary>
    public int? PageSize { get; init; }
}
