using System.CommandLine;
using Idp.Cli.Output;

namespace Idp.Cli.Commands;

/// <summary><c>idp get --vendor V --id ID [--format table|json]</c>: one identity provider.</summary>
internal static class GetCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommonOptions common, IdpRuntime runtime)
    {
        var id = new Option<string>("--id")
        {
            Description = "The provider's id (the ID column of `idp list`).",
            Required = true,
            HelpName = "id",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (one row, fits 80 columns) or json (one object).",
            Arity = ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => OutputFormat.Table,
            HelpName = "format",
        };
        OptionRules.AcceptOnly(format, OutputFormat.Table, OutputFormat.Json);

        var command = new Command(
            "get",
            "Show one identity provider.\n\n"
            + "Examples:\n"
            + "  idp get --vendor keycard --id prv_seed0000000000000001\n"
            + "  idp get --vendor zitadel --level instance --id 2592... --format json");
        common.AddConnectionOptions(command);
        command.Options.Add(id);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            async ct =>
            {
                var connection = await common.ConnectAsync(parse, runtime, ct).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                var provider = await connection.Client.GetAsync(parse.GetValue(id) ?? string.Empty, ct).ConfigureAwait(false);
                if (parse.GetValue(format) == OutputFormat.Json)
                {
                    await runtime.Output.WriteLineAsync(ProviderJson.ToIndentedString(provider)).ConfigureAwait(false);
                    await runtime.Output.FlushAsync(ct).ConfigureAwait(false);
                }
                else
                {
                    var table = new TableWriter(runtime.Output);
                    await table.WritePageAsync([provider], ct).ConfigureAwait(false);
                    await table.CompleteAsync(ct).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
