using System.Globalization;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>
/// The seed and case counts of the property-based tests. Both are fixed by default (every run generates the same
/// cases) and can be overridden: <c>IDP_PROPERTY_SEED</c> (decimal, or hex with <c>0x</c>) and
/// <c>IDP_PROPERTY_ITERATIONS</c> (cases per vendor and property).
/// </summary>
public static class PropertySettings
{
    public const string SeedVariable = "IDP_PROPERTY_SEED";

    public const string IterationsVariable = "IDP_PROPERTY_ITERATIONS";

    /// <summary>The default master seed.</summary>
    public const ulong DefaultSeed = 0x1D9_5EED_2026;

    public static ulong Seed => Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text
        ? text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, CultureInfo.InvariantCulture)
        : DefaultSeed;

    /// <summary>Cases per vendor for a property whose default is <paramref name="defaultCount"/>.</summary>
    public static int Iterations(int defaultCount) => Environment.GetEnvironmentVariable(IterationsVariable) is { Length: > 0 } text
        ? int.Parse(text, CultureInfo.InvariantCulture)
        : defaultCount;

    public static string Describe() => string.Create(CultureInfo.InvariantCulture, $"{SeedVariable}=0x{Seed:X}");
}
