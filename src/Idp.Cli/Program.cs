using System.Runtime.InteropServices;
using System.Text;

namespace Idp.Cli;

/// <summary>The process entry point: console streams, Ctrl+C, then <see cref="IdpApp"/>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            // The first Ctrl+C cancels cleanly; a second one is left to the default handler and ends the process.
            if (!cancellation.IsCancellationRequested)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        // Buffered UTF-8 standard output, flushed per page by the writers: Console.Out flushes on every write.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 64 * 1024) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        await using (stdout.ConfigureAwait(false))
        await using (stderr.ConfigureAwait(false))
        {
            var runtime = new IdpRuntime(stdout, TextWriter.Synchronized(stderr), Environment.GetEnvironmentVariable)
            {
                // Progress only for a person watching a terminal; logs and pipes get just the results and errors.
                ProgressDelay = Console.IsErrorRedirected ? null : TimeSpan.FromSeconds(1),
                ProgressInPlace = true,
            };
            try
            {
                return await IdpApp.RunAsync(args, runtime, cancellation.Token).ConfigureAwait(false);
            }
            finally
            {
                try
                {
                    await stdout.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (IOException)
                {
                    // The reader of standard output went away.
                }
            }
        }
    }
}
