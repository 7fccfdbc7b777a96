using System.CommandLine;
using Idp.Cli.Connection;
using Idp.Cli.Output;

namespace Idp.Cli.Commands;

/// <summary><c>idp list --vendor V [--format table|json|jsonl]</c>: every identity provider of the vendor, streamed page by page.</summary>
internal static class ListCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommonOptions common, IdpRuntime runtime)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (fits 80 columns), json (an array) or jsonl (one object per line, streamed).",
            Arity = ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => OutputFormat.Table,
            HelpName = "format",
        };
        OptionRules.AcceptOnly(format, OutputFormat.Table, OutputFormat.Json, OutputFormat.JsonLines);
        var pageSize = new Option<int?>("--page-size")
        {
            Description = "Providers requested per page (within the vendor's limits; Keycard: 1-100). Default: the vendor's.",
            HelpName = "count",
        };
        OptionRules.AcceptOnlyRange(pageSize, 1, int.MaxValue);

        var command = new Command("list", "List every identity provider of a vendor.");
        common.AddConnectionOptions(command);
        command.Options.Add(format);
        command.Options.Add(pageSize);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            async ct =>
            {
                var connection = await common.ConnectAsync(parse, runtime, ct).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                var writer = OutputFormat.CreateListWriter(parse.GetValue(format) ?? OutputFormat.Table, runtime.Output);
                var progress = new ListingProgress(runtime);
                try
                {
                    long count = 0;
                    var pages = connection.Client.ListAsync(ct).AsPages(continuationToken: null, pageSizeHint: parse.GetValue(pageSize));
                    await foreach (var page in pages.WithCancellation(ct).ConfigureAwait(false))
                    {
                        count += page.Values.Count;
                        await progress.ClearAsync().ConfigureAwait(false);
                        await writer.WritePageAsync(page.Values, ct).ConfigureAwait(false);
                        await progress.ReportAsync(count).ConfigureAwait(false);
                    }

                    await progress.ClearAsync().ConfigureAwait(false);
                    await writer.CompleteAsync(ct).ConfigureAwait(false);
                    return ExitCodes.Success;
                }
                catch (ArgumentException e) when (e.ParamName == "pageSizeHint")
                {
                    throw new UsageException($"--page-size {parse.GetValue(pageSize)} is outside {connection.Client.Vendor}'s limits: {CommandRunner.WithoutParameterSuffix(e)}", e);
                }
                finally
                {
                    await progress.ClearAsync().ConfigureAwait(false);
                    (writer as IDisposable)?.Dispose();
                }
            },
            cancellationToken));
        return command;
    }
}
