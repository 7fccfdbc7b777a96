using BenchmarkDotNet.Running;
using IdentityProviders.Benchmarks;

// Modes besides BenchmarkDotNet's own command line (see docs/benchmarks.md):
//   serve [--port N] [--totals 1000,10000,100000]   pages for out-of-process clients (cold start, streaming)
//   streaming [--vendor X] [--small N] [--large N]   peak managed memory, large listing vs small listing
//   compare <new ratios.json> [<recorded.json>] [--threshold F]   which ratios regressed
return args.FirstOrDefault() switch
{
    "serve" => await ServeMode.RunAsync(args[1..]),
    "streaming" => await StreamingHarness.RunAsync(args[1..]),
    "compare" => RatioFile.Compare(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
    var ratios = RatioFile.FromSummaries(summaries);
    if (ratios.Entries.Count == 0)
    {
        return 0;
    }

    var path = ratios.Save(Path.Combine(summaries[0].ResultsDirectoryPath, $"ratios-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json"));
    Console.WriteLine($"// Ratios written to {path}");
    return RatioFile.CompareWithRecorded(ratios);
}
