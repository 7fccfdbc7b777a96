namespace IdentityProviders.Sdk;

/// <summary>Safety limits that every pager applies.</summary>
public sealed record PaginationOptions
{
    /// <summary>The default <see cref="MaxPages"/>.</summary>
    public const int DefaultMaxPages = 10_000;

    /// <summary>
    /// The most pages one enumeration fetches before failing with <see cref="IdentityProviderPaginationException"/>.
    /// <value>The default value is 10,000.</value>
    /// </summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>The defaults.</summary>
    public static PaginationOptions Default { get; } = new();
}
