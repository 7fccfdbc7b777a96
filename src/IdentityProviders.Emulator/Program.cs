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
            var zitadel = emulator.Zitadel;
            var zitadelKeyFile = Path.Combine(Path.GetTempPath(), $"idp-emulator-zitadel-key-{Environment.ProcessId}.json");
            zitadel.WriteKeyFile(zitadelKeyFile);
            var cloudflare = emulator.Cloudflare;
            var waldur = emulator.Waldur;
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

                Cloudflare (Access identity providers)
                  base url:        {cloudflare.BaseUrl}
                  api token:       {cloudflare.ApiToken}
                  email:           {cloudflare.Email}
                  api key:         {cloudflare.ApiKey}
                  account id:      {cloudflare.AccountId}
                  zone id:         {cloudflare.ZoneId}

                Waldur (identity providers)
                  base url:        {waldur.BaseUrl}
                  token:           {waldur.Token}
                  bearer token:    {waldur.BearerToken}

                Zitadel (management and admin identity providers)
                  base url:        {zitadel.BaseUrl}
                  personal token:  {zitadel.Token}
                  org id:          {zitadel.OrgId}
                  token endpoint:  {zitadel.TokenEndpoint}
                  key file:        {zitadelKeyFile}

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
            File.Delete(zitadelKeyFile);
        }

        return 0;
    }
}
