using System.Globalization;

namespace IdentityProviders.Benchmarks;

/// <summary>The few <c>--name value</c> options of the custom modes.</summary>
public static class CommandLineArgs
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int Number(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

    public static double Fraction(string[] args, string name, double fallback) =>
        Value(args, name) is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The vendors named by <c>--vendor</c> (comma-separated, case-insensitive), or all four.</summary>
    public static IReadOnlyList<BenchVendor> Vendors(string[] args) =>
        Value(args, "--vendor") is { } text && text != "all"
            ? [.. text.Split(',').Select(v => Enum.Parse<BenchVendor>(v, ignoreCase: true))]
            : Enum.GetValues<BenchVendor>();
}
