using IdentityProviders.Sdk;

namespace Inventory.Hosted;

/// <summary>One inventory: what every vendor listed, or why it could not.</summary>
/// <param name="Vendors">One entry per registered vendor, in vendor order.</param>
/// <param name="Elapsed">How long the inventory took.</param>
internal sealed record InventoryReport(IReadOnlyList<VendorInventory> Vendors, TimeSpan Elapsed)
{
    /// <summary>The providers listed by the vendors that succeeded.</summary>
    public int ProviderCount => Vendors.Sum(v => v.Providers.Count);

    /// <summary>How many vendors failed.</summary>
    public int FailedVendorCount => Vendors.Count(v => v.Error is not null);
}

/// <summary>One vendor's part of an <see cref="InventoryReport"/>.</summary>
/// <param name="Vendor">The vendor, e.g. <c>keycard</c> (see <see cref="IdentityProviderVendor"/>).</param>
/// <param name="Providers">The providers listed; empty when the listing failed.</param>
/// <param name="Error">Why the listing failed, or <see langword="null"/>.</param>
internal sealed record VendorInventory(string Vendor, IReadOnlyList<IdentityProviderInfo> Providers, Exception? Error);

/// <summary>The vendors whose <see cref="IIdentityProviderClient"/> is registered (keyed by vendor name), in inventory order.</summary>
/// <param name="Names">The vendor names, e.g. <c>keycard</c>.</param>
internal sealed record InventoryVendors(IReadOnlyList<string> Names);
