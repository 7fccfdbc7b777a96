using System.Globalization;

namespace IdentityProviders.Reliability.Tests.Load;

/// <summary>
/// How big a load run is. CI runs a reduced listing with the concurrency and rounds; <c>IDP_LOAD_SCALE=full</c>
/// runs the exact numbers (10,000 IdPs, 200 concurrent enumerations, 5 rounds) at the vendor's largest page.
/// </summary>
/// <param name="Name">"ci" or "full".</param>
/// <param name="IdentityProviders">IdPs seeded into the emulator for the vendor under test.</param>
/// <param name="Concurrency">Full enumerations running at the same time over one client.</param>
/// <param name="Rounds">Times the concurrent enumerations are repeated (memory is measured after each).</param>
/// <param name="PageSize">The page size asked for; <see langword="null"/> for the vendor's maximum.</param>
/// <param name="RoundTimeout">How long one round may take before the test calls it a hang.</param>
public sealed record LoadScale(string Name, int IdentityProviders, int Concurrency, int Rounds, int? PageSize, TimeSpan RoundTimeout)
{
    public const string Variable = "IDP_LOAD_SCALE";

    /// <summary>What CI runs: 200 concurrent enumerations x 5 rounds over 100 IdPs in pages of 50 (2 pages each).</summary>
    public static LoadScale Ci { get; } = new("ci", 100, 200, 5, 50, TimeSpan.FromMinutes(2));

    /// <summary>The numbers: 200 concurrent enumerations x 5 rounds over 10,000 IdPs, the vendor's largest page.</summary>
    public static LoadScale Full { get; } = new("full", 10_000, 200, 5, null, TimeSpan.FromMinutes(15));

    public static LoadScale Current { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), "full", StringComparison.OrdinalIgnoreCase) ? Full : Ci;

    public int PageSizeFor(LoadVendor vendor)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        return Math.Min(PageSize ?? vendor.MaxPageSize, vendor.MaxPageSize);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {IdentityProviders} IdPs, {Concurrency} concurrent enumerations, {Rounds} rounds, page size {(PageSize is { } p ? p.ToString(CultureInfo.InvariantCulture) : "vendor maximum")}");
}
