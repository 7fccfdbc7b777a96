namespace Cloudflare.Access.Sdk.Models;

/// <summary>Parameters of an identity provider listing. The SDK never modifies an instance you pass.</summary>
public sealed record IdentityProviderListOptions
{
    /// <summary>The page to fetch (<see cref="IdentityProvidersClient.ListPageAsync"/>) or to start from (<see cref="IdentityProvidersClient.ListAsync"/>); 1 or more.</summary>
    public int? Page { get; init; }

    /// <summary>The number of results per page (1..1000); the server's default when <see langword="null"/>.</summary>
    public int? PerPage { get; init; }

    /// <summary>When <see langword="true"/>, only identity providers that have SCIM enabled (<c>scim_enabled</c>).</summary>
    public bool? ScimEnabled { get; init; }
}
