using IdentityProviders.Sdk.Diagnostics;

namespace IdentityProviders.Sdk;

/// <summary>Names the listing for error messages and carries its safety limits.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="Operation">The list operation, e.g. <c>providers.list</c>.</param>
/// <param name="Options">The safety limits; <see langword="null"/> for <see cref="PaginationOptions.Default"/>.</param>
public sealed record PagerContext(string Vendor, string Operation, PaginationOptions? Options = null)
{
    /// <summary>
    /// The vendor SDK's telemetry: each page's operation activity gets its page number and item count, and pages and
    /// items are counted. <see langword="null"/> for none.
    /// </summary>
    public IdentityProviderTelemetry? Telemetry { get; init; }
}
