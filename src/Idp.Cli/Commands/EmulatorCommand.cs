using System.CommandLine;
using IdentityProviders.Emulator;
using Idp.Cli.Connection;

namespace Idp.Cli.Commands;

/// <summary><c>idp emulator [--port N]</c>: runs the local emulator until Ctrl+C and prints how to connect to it.</summary>
internal static class EmulatorCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommonOptions common, IdpRuntime runtime)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "TCP port to listen on; 0 picks a free port.",
            Arity = ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => 0,
            HelpName = "port",
        };
        OptionRules.AcceptOnlyRange(port, 0, 65535);
        var host = new Option<string>("--host")
        {
            Description = "IP address (or localhost) to listen on.",
            Arity = ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "address",
        };
        var seed = new Option<int>("--keycard-seed")
        {
            Description = "Providers seeded into the emulated Keycard zone.",
            Arity = ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => new EmulatorOptions().KeycardSeedCount,
            HelpName = "count",
        };
        OptionRules.AcceptOnlyRange(seed, 0, int.MaxValue);

        var command = new Command(
            "emulator",
            "Run the local emulator of all four vendor APIs (keycard, cloudflare, zitadel, waldur) until Ctrl+C; it prints each vendor's base URL, credentials and export lines.\n\n"
            + "Examples:\n"
            + "  idp emulator --port 5080\n"
            + "  idp emulator --keycard-seed 1000            a bigger Keycard zone for paging experiments");
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(seed);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            async ct =>
            {
                var options = new EmulatorOptions
                {
                    Port = parse.GetValue(port),
                    Host = parse.GetValue(host) ?? "127.0.0.1",
                    KeycardSeedCount = parse.GetValue(seed),
                };
                IdentityProviderEmulator emulator;
                try
                {
                    emulator = await IdentityProviderEmulator.StartAsync(options, ct).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    await runtime.Error.WriteLineAsync($"idp: error: could not start the emulator on {options.Host}:{options.Port}: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }

                await using (emulator.ConfigureAwait(false))
                {
                    await runtime.Output.WriteAsync(Describe(emulator)).ConfigureAwait(false);
                    await runtime.Output.FlushAsync(ct).ConfigureAwait(false);
                    try
                    {
                        await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (ct.IsCancellationRequested)
                    {
                        // Ctrl+C is how the emulator is meant to end: a clean stop, exit code 0.
                    }
                }

                await runtime.Error.WriteLineAsync("idp: emulator stopped.").ConfigureAwait(false);
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }

    /// <summary>The connection details; the emulator's own development credentials are printed on purpose.</summary>
    /// <param name="emulator">The running emulator.</param>
    /// <returns>The text.</returns>
    private static string Describe(IdentityProviderEmulator emulator)
    {
        var keycard = emulator.Keycard;
        var waldur = emulator.Waldur;
        var zitadel = emulator.Zitadel;
        return $"""
            Identity provider emulator listening on {emulator.BaseAddress}

            Keycard
              base url:        {keycard.BaseUrl}
              bearer token:    {keycard.Token}
              zone id:         {keycard.ZoneId}
              token endpoint:  {keycard.TokenEndpoint}
              client id:       {keycard.ClientId}
              client secret:   {keycard.ClientSecret}

            Waldur
              base url:        {waldur.BaseUrl}
              token:           {waldur.Token}

            Zitadel
              base url:        {zitadel.BaseUrl}
              personal token:  {zitadel.Token}
              org id:          {zitadel.OrgId}
              token endpoint:  {zitadel.TokenEndpoint}

            Use it from another shell:
              export {KeycardConnector.BaseUrlVariable}={keycard.BaseUrl} {KeycardConnector.TokenVariable}={keycard.Token} {KeycardConnector.ZoneVariable}={keycard.ZoneId}
              idp list --vendor keycard
              export {WaldurConnector.BaseUrlVariable}={waldur.BaseUrl} {WaldurConnector.TokenVariable}={waldur.Token}
              idp list --vendor waldur
              export {ZitadelConnector.BaseUrlVariable}={zitadel.BaseUrl} {ZitadelConnector.TokenVariable}={zitadel.Token}
              idp list --vendor zitadel --level instance

            Press Ctrl+C to stop.

            """;
    }
}
