using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Reports;

namespace IdentityProviders.Benchmarks;

/// <summary>
/// The regression check: every result as a ratio against its baseline from the same run (SDK / floor), saved as JSON;
/// <c>compare</c> reports which ratios grew by more than a threshold over the recorded ones
/// (<c>benchmarks/IdentityProviders.Benchmarks/recorded-ratios.json</c>). Ratios, not times: they survive a
/// different or busy machine far better.
/// </summary>
public sealed class RatioFile
{
    public const string RecordedFileName = "recorded-ratios.json";

    public string Machine { get; set; } = "";

    public DateTimeOffset Date { get; set; }

    public List<RatioEntry> Entries { get; set; } = [];

    public static RatioFile FromSummaries(IEnumerable<Summary> summaries)
    {
        var file = new RatioFile { Date = DateTimeOffset.UtcNow };
        foreach (var summary in summaries)
        {
            file.Machine = $"{Environment.OSVersion}, {Environment.ProcessorCount} cores, .NET {Environment.Version}";
            var groups = summary.Reports
                .Where(r => r.ResultStatistics is not null)
                .GroupBy(r => r.BenchmarkCase.Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal) + "/" + r.BenchmarkCase.Parameters.DisplayInfo);
            foreach (var group in groups)
            {
                var baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
                if (baseline is null)
                {
                    continue;
                }

                foreach (var report in group.Where(r => r != baseline))
                {
                    var name = group.Key + "/" + report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                    var b = baseline.ResultStatistics!;
                    var s = report.ResultStatistics!;
                    var timeError = Math.Sqrt(Math.Pow(s.StandardError / s.Mean, 2) + Math.Pow(b.StandardError / b.Mean, 2)) * s.Mean / b.Mean;
                    file.Entries.Add(new RatioEntry(name, "time", s.Mean / b.Mean, timeError, b.Mean, s.Mean, "ns"));
                    var bAlloc = baseline.GcStats.GetBytesAllocatedPerOperation(baseline.BenchmarkCase) ?? 0;
                    var sAlloc = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
                    if (bAlloc > 0)
                    {
                        file.Entries.Add(new RatioEntry(name, "alloc", (double)sAlloc / bAlloc, 0, bAlloc, sAlloc, "B"));
                    }
                }
            }
        }

        return file;
    }

    public static RatioFile Load(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), RatioJsonContext.Default.RatioFile) ?? throw new InvalidDataException(path + " is empty.");

    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(this, RatioJsonContext.Default.RatioFile));
        return Path.GetFullPath(path);
    }

    /// <summary>Compares with the recorded ratios copied next to the program, when there are any.</summary>
    public static int CompareWithRecorded(RatioFile current, double threshold = 0.10)
    {
        var recorded = Path.Combine(AppContext.BaseDirectory, RecordedFileName);
        return File.Exists(recorded) ? Compare(Load(recorded), current, threshold) : 0;
    }

    /// <summary><c>compare NEW [RECORDED] [--threshold 0.10]</c>: exit code 1 when any ratio regressed.</summary>
    public static int Compare(string[] args)
    {
        var files = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine("usage: compare <new ratios.json> [<recorded ratios.json>] [--threshold 0.10]");
            return 2;
        }

        var recorded = files.Length > 1 ? files[1] : Path.Combine(AppContext.BaseDirectory, RecordedFileName);
        return Compare(Load(recorded), Load(files[0]), CommandLineArgs.Fraction(args, "--threshold", 0.10));
    }

    /// <summary>
    /// A ratio regressed when it grew by more than <paramref name="threshold"/> (relative) over the recorded one and
    /// the growth is larger than the two runs' combined error (for times).
    /// </summary>
    public static int Compare(RatioFile recorded, RatioFile current, double threshold)
    {
        var old = recorded.Entries.ToDictionary(e => e.Name + " " + e.Metric, StringComparer.Ordinal);
        var regressions = 0;
        Console.WriteLine($"// Ratios vs recorded ({recorded.Date:yyyy-MM-dd}, {recorded.Machine}); regression = more than {threshold:P0} worse");
        Console.WriteLine($"{"benchmark",-58} {"metric",-6} {"recorded",9} {"now",9} {"change",8}  verdict");
        foreach (var entry in current.Entries)
        {
            if (!old.TryGetValue(entry.Name + " " + entry.Metric, out var before))
            {
                Console.WriteLine($"{entry.Name,-58} {entry.Metric,-6} {"-",9} {entry.Ratio,9:F2} {"",8}  new");
                continue;
            }

            var change = entry.Ratio / before.Ratio - 1;
            var noise = (entry.Error + before.Error) / before.Ratio;
            var regressed = change > threshold && change > noise;
            regressions += regressed ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entry.Name,-58} {entry.Metric,-6} {before.Ratio,9:F2} {entry.Ratio,9:F2} {change,8:+0.0%;-0.0%}  {(regressed ? "REGRESSED" : change < -threshold ? "improved" : "ok")}"));
        }

        Console.WriteLine(regressions == 0 ? "// No ratio regressed." : $"// {regressions} ratio(s) regressed.");
        return regressions == 0 ? 0 : 1;
    }
}

/// <summary>One ratio: <paramref name="Value"/> (SDK) over <paramref name="Baseline"/> (floor) of <paramref name="Metric"/>.</summary>
public sealed record RatioEntry(string Name, string Metric, double Ratio, double Error, double Baseline, double Value, string Unit);

[JsonSerializable(typeof(RatioFile))]
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class RatioJsonContext : JsonSerializerContext;
