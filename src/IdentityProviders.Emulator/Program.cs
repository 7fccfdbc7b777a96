using System.Runtime.InteropServices;

namespace IdentityProviders.Emulator;

/// <summary>Program mode: <c>dotnet run --project src/IdentityProviders.Emulator -- --port 5080</c>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (!CommandLine.TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        if (options is null)
        {
            await Console.Out.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        IdentityProviderEmulator emulator;
        try
        {
            emulator = await IdentityProviderEmulator.StartAsync(options, stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"Could not start the emulator: {ex.Message}").ConfigureAwait(false);
            return ex is ArgumentException ? 2 : 1;
        }

        await using (emulator.ConfigureAwait(false))
        {
            var keycard = emulator.Keycard;
            // These are the emulator's own development credentials, printed on purpose.
            await Console.Out.WriteLineAsync($"""
                Identity provider emulator listening on {emulator.BaseAddress}

                Keycard
                  base url:        {keycard.BaseUrl}
                  bearer token:    {keycard.Token}
                  zone id:         {keycard.ZoneId}
                  token endpoint:  {keycard.TokenEndpoint}
                  client id:       {keycard.ClientId}
                  client secret:   {keycard.ClientSecret}

                Press Ctrl+C to stop.
                """).ConfigureAwait(false);
            await Console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);

            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM.
            }

            await Console.Out.WriteLineAsync("Stopping.").ConfigureAwait(false);
        }

        return 0;
    }
}
