using System.Globalization;

namespace IdentityProviders.Benchmarks;

/// <summary>
/// <c>serve</c>: the four vendors' list routes on 127.0.0.1 (<c>/n{total}/{vendor}/...</c>) for clients in another
/// process, e.g. the cold-start runs. Prints <c>listening on URL</c>; stops on Ctrl+C or SIGTERM.
/// </summary>
public static class ServeMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var totals = (CommandLineArgs.Value(args, "--totals") ?? "1000,10000,100000").Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        await using var server = await PageServer.StartRenderingAsync(CommandLineArgs.Vendors(args), totals, CommandLineArgs.Number(args, "--port", 0));
        Console.WriteLine($"listening on {server.Root}");
        // The host's console lifetime turns SIGTERM and Ctrl+C into a stop; wait for it.
        await Task.Delay(Timeout.Infinite, server.Stopping).ContinueWith(_ => { }, TaskScheduler.Default);
        return 0;
    }
}
