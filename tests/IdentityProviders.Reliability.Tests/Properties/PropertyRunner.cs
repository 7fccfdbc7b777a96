using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>What a property run did: how many cases it generated and ran.</summary>
public sealed record PropertyReport(string Name, int Cases, ulong Seed, TimeSpan Elapsed);

/// <summary>
/// Runs a property over a deterministic sequence of generated cases: case <c>i</c> comes from CsCheck's
/// <see cref="PCG"/> with stream <c>i</c> and a seed derived from the master seed (<see cref="PropertySettings"/>) and
/// the property's name, so a run is reproducible case by case whatever the parallelism. On a failure, CsCheck shrinks
/// from the failing case's seed and the thrown message carries the master seed, the case's index and CsCheck seed, the
/// failing input as generated and the shrunk one.
/// </summary>
public static class PropertyRunner
{
    private const int ShrinkIterations = 300;

    public static async Task<PropertyReport> RunAsync<T>(
        string name,
        Gen<T> gen,
        Func<T, Task> property,
        Func<T, string> print,
        int iterations,
        ITestOutputHelper? output = null,
        int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(print);
        var seed = PropertySettings.Seed ^ StableHash(name);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var failures = new ConcurrentBag<(int Index, string CaseSeed, T Value, Exception Error)>();
        var next = -1;

        async Task WorkerAsync()
        {
            while (failures.IsEmpty)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= iterations)
                {
                    return;
                }

                var pcg = new PCG((uint)index, seed);
                var caseSeed = pcg.ToString();
                var value = gen.Generate(pcg, null, out _);
                try
                {
                    await property(value);
                }
                catch (Exception e)
                {
                    failures.Add((index, caseSeed, value, e));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(WorkerAsync)));
        started.Stop();

        if (!failures.IsEmpty)
        {
            var first = failures.OrderBy(f => f.Index).First();
            var message = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Property '{name}' failed at case {first.Index} of {iterations} ({PropertySettings.Describe()}; CsCheck seed \"{first.CaseSeed}\").")
                .AppendLine()
                .Append("Input: ").AppendLine(print(first.Value))
                .Append("Failure: ").AppendLine(first.Error.ToString());
            try
            {
                // Shrink from the failing case's seed: CsCheck replays it first, then looks for a smaller failing input.
                await gen.SampleAsync(property, seed: first.CaseSeed, iter: ShrinkIterations, threads: 1, print: print);
                message.AppendLine("CsCheck did not reproduce the failure from its seed (the property depends on state outside the input).");
            }
            catch (Exception shrunk)
            {
                message.Append("Shrunk by CsCheck: ").AppendLine(shrunk.Message);
            }

            throw new PropertyFailedException(message.ToString(), first.Error);
        }

        var report = new PropertyReport(name, iterations, seed, started.Elapsed);
        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"property '{name}': {iterations} cases passed in {started.Elapsed.TotalSeconds:F1} s ({PropertySettings.Describe()})"));
        return report;
    }

    /// <summary>FNV-1a over the name: a per-property seed that does not change between runs or processes.</summary>
    public static ulong StableHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}

/// <summary>A property failed; the message says how to reproduce it.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
