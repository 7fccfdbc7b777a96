using System.Diagnostics;
using System.Globalization;

namespace IdentityProviders.Benchmarks;

/// <summary>
/// <c>streaming</c>: peak managed memory while enumerating a large listing (default 100,000) vs a small one (1,000), per
/// vendor, SDK <c>await foreach</c> and (for reference) the raw loop. BenchmarkDotNet's memory diagnoser counts
/// allocated bytes, not the peak, so this harness samples the heap itself:
/// <list type="bullet">
/// <item><b>peak live</b>: a sampler thread forces a full blocking GC about every millisecond, wherever the enumerating
/// code is (mid-request, mid-deserialization), and takes the heap size that GC recorded minus its fragmentation
/// (<see cref="GCMemoryInfo.HeapSizeBytes"/> - <see cref="GCMemoryInfo.FragmentedBytes"/>): the live managed memory at
/// that instant. The maximum over all samples is the peak. The small listing is repeated until
/// it has been sampled as often as the large one, so both peaks come from as many random instants.</item>
/// <item><b>peak heap</b>: the same sampling without forcing GCs: what the process really holds, garbage included,
/// so mostly the GC's gen0 budget.</item>
/// </list>
/// The server runs in a child process (this program's <c>serve</c> mode, rendering pages on request), so its memory is
/// not measured.
/// </summary>
public static class StreamingHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var small = CommandLineArgs.Number(args, "--small", 1_000);
        var large = CommandLineArgs.Number(args, "--large", 100_000);
        var vendors = CommandLineArgs.Vendors(args);
        using var server = StartServer(small, large);
        var root = server.Root;
        Console.WriteLine($"// Streaming: {large:N0} vs {small:N0} providers, 100 per page, server {root} (child process {server.Process.Id})");
        Console.WriteLine($"// {Environment.ProcessorCount} cores, .NET {Environment.Version}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, concurrent {AppContext.TryGetSwitch("System.GC.Concurrent", out var c) && c}");
        var file = new RatioFile { Date = DateTimeOffset.UtcNow, Machine = $"{Environment.OSVersion}, {Environment.ProcessorCount} cores, .NET {Environment.Version}" };
        Console.WriteLine();
        Console.WriteLine($"| vendor | path | peak live, {small:N0} | peak live, {large:N0} | ratio | live above idle, {small:N0} → {large:N0} | ratio | peak heap (no forced GC), {small:N0} → {large:N0} | ratio | allocated per item |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var vendor in vendors)
        {
            var driver = VendorDriver.For(vendor);
            foreach (var path in new[] { "Sdk", "RawLoop" })
            {
                var smallRoot = new Uri(root, $"n{small}/");
                var largeRoot = new Uri(root, $"n{large}/");
                using var sdkSmall = driver.CreateSdkClient(smallRoot);
                using var sdkLarge = driver.CreateSdkClient(largeRoot);
                using var rawSmall = driver.CreateRawClient(smallRoot);
                using var rawLarge = driver.CreateRawClient(largeRoot);
                Func<Task<int>> runSmall = path == "Sdk" ? () => driver.SdkCountAsync(sdkSmall, 100) : () => driver.RawCountAsync(rawSmall, 100);
                Func<Task<int>> runLarge = path == "Sdk" ? () => driver.SdkCountAsync(sdkLarge, 100) : () => driver.RawCountAsync(rawLarge, 100);
                Expect(await runSmall(), small, vendor);
                Expect(await runLarge(), large, vendor);

                var liveLarge = await MeasureAsync(runLarge, large, forceGc: true, minSamples: 0, vendor);
                var liveSmall = await MeasureAsync(runSmall, small, forceGc: true, minSamples: liveLarge.Samples, vendor);
                var heapLarge = await MeasureAsync(runLarge, large, forceGc: false, minSamples: 0, vendor);
                var heapSmall = await MeasureAsync(runSmall, small, forceGc: false, minSamples: heapLarge.Samples, vendor);
                var ratio = (double)liveLarge.Peak / liveSmall.Peak;
                var above = (double)liveLarge.AboveIdle / Math.Max(1, liveSmall.AboveIdle);
                var heap = (double)heapLarge.Peak / heapSmall.Peak;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {vendor} | {path} | {Mb(liveSmall.Peak)} ({liveSmall.Samples} samples, {liveSmall.Runs} runs) | {Mb(liveLarge.Peak)} ({liveLarge.Samples} samples) | **{ratio:F2}** | {Mb(liveSmall.AboveIdle)} → {Mb(liveLarge.AboveIdle)} | {above:F2} | {Mb(heapSmall.Peak)} → {Mb(heapLarge.Peak)} | {heap:F2} | {heapLarge.AllocatedPerItem:N0} B |"));
                var name = $"Streaming/Vendor={vendor}/{path}";
                file.Entries.Add(new RatioEntry(name, "peak", ratio, 0, liveSmall.Peak, liveLarge.Peak, "B"));
                file.Entries.Add(new RatioEntry(name, "peak-above-idle", above, 0, liveSmall.AboveIdle, liveLarge.AboveIdle, "B"));
            }
        }

        var output = file.Save(Path.Combine("BenchmarkDotNet.Artifacts", "results", $"streaming-ratios-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json"));
        Console.WriteLine();
        Console.WriteLine($"// Ratios written to {output}");
        return RatioFile.CompareWithRecorded(file);
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F2} MB");

    private static void Expect(int actual, int expected, BenchVendor vendor)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{vendor}: listed {actual}, expected {expected}.");
        }
    }

    private static async Task<Measurement> MeasureAsync(Func<Task<int>> run, int expected, bool forceGc, int minSamples, BenchVendor vendor)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        var idleInfo = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var idle = idleInfo.HeapSizeBytes - idleInfo.FragmentedBytes;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var runs = 0;
        var items = 0L;
        using var sampler = new PeakSampler(forceGc);
        do
        {
            Expect(await run(), expected, vendor);
            runs++;
            items += expected;
        }
        while (sampler.Samples < minSamples && runs < 1000);

        sampler.Stop();
        return new Measurement(sampler.Peak, sampler.Peak - idle, sampler.Samples, runs, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / items);
    }

    private static ServerProcess StartServer(int small, int large)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(StreamingHarness).Assembly.Location);
        }

        foreach (var arg in new[] { "serve", "--port", "0", "--totals", $"{small},{large}" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The page server ended before it listened.");
        const string prefix = "listening on ";
        return new ServerProcess(process, new Uri(line[line.IndexOf(prefix, StringComparison.Ordinal)..][prefix.Length..]));
    }

    private sealed record Measurement(long Peak, long AboveIdle, int Samples, int Runs, long AllocatedPerItem);

    private sealed record ServerProcess(Process Process, Uri Root) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill();
                Process.WaitForExit();
            }

            Process.Dispose();
        }
    }

    /// <summary>Samples <see cref="GC.GetTotalMemory(bool)"/> about every millisecond on its own thread, optionally after a forced full GC.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly bool _forceGc;
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;
        private int _samples;

        public PeakSampler(bool forceGc)
        {
            _forceGc = forceGc;
            _thread = new Thread(Loop) { IsBackground = true, Name = "peak sampler", Priority = ThreadPriority.AboveNormal };
            _thread.Start();
        }

        public long Peak => Interlocked.Read(ref _peak);

        public int Samples => Volatile.Read(ref _samples);

        public void Stop()
        {
            _stop = true;
            _thread.Join();
        }

        public void Dispose()
        {
            if (!_stop)
            {
                Stop();
            }
        }

        private void Loop()
        {
            while (!_stop)
            {
                long bytes;
                if (_forceGc)
                {
                    // What the GC itself recorded at the end of this collection: the heap minus its free space, so
                    // nothing the enumerating thread allocates between the GC and this line is counted.
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
                    var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
                    bytes = info.HeapSizeBytes - info.FragmentedBytes;
                }
                else
                {
                    bytes = GC.GetTotalMemory(forceFullCollection: false);
                }

                if (bytes > _peak)
                {
                    Interlocked.Exchange(ref _peak, bytes);
                }

                Interlocked.Increment(ref _samples);
                Thread.Sleep(1);
            }
        }
    }
}
