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

        var vendor = common.CreateVendorsOption(required: true);
        var command = new Command(
            "list",
            "List every identity provider of a vendor, or of several vendors at once, concurrently (--vendor all: table output is grouped by vendor; exit 5 if any vendor failed, after listing the others).\n\n"
            + "Examples:\n"
            + "  idp list --vendor all                        every vendor (the built-in emulator when nothing is configured)\n"
            + "  idp list --vendor keycard --format jsonl     one JSON object per line, streamed\n"
            + "  idp list --vendor keycard,zitadel --profile prod\n"
            + "  idp list --vendor cloudflare --base-url https://api.cloudflare.com/client/v4 --account-id 023e... (token in CLOUDFLARE_API_TOKEN)");
        common.AddConnectionOptions(command, vendor);
        command.Options.Add(format);
        command.Options.Add(pageSize);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            async ct =>
            {
                var vendors = common.ResolveVendors(parse.GetValue(vendor), common.ResolveProfile(parse, runtime));
                if (vendors.Count > 1 || parse.GetValue(vendor)?.Contains(CommonOptions.AllVendors, StringComparison.Ordinal) == true)
                {
                    return await ListManyAsync(vendors, common, parse, runtime, parse.GetValue(format) ?? OutputFormat.Table, ct).ConfigureAwait(false);
                }

                var connection = await common.ConnectAsync(vendors[0], common.Flags(parse), common.ResolveProfile(parse, runtime), emulator: null, parse, runtime, ct).ConfigureAwait(false);
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

    /// <summary>
    /// Lists several vendors concurrently. jsonl streams each page as it arrives (vendors interleave); json writes one
    /// array in vendor order; table writes one group per vendor, in vendor order. Exit 5 when any vendor failed.
    /// </summary>
    private static async Task<int> ListManyAsync(IReadOnlyList<string> vendors, CommonOptions common, System.CommandLine.ParseResult parse, IdpRuntime runtime, string format, CancellationToken ct)
    {
        IReadOnlyList<VendorInventory> results;
        if (format == OutputFormat.JsonLines)
        {
            var lines = new JsonLinesWriter(runtime.Output);
            results = await InventoryCollector.CollectAsync(vendors, common, parse, runtime, lines.WritePageAsync, ct).ConfigureAwait(false);
            await lines.CompleteAsync(ct).ConfigureAwait(false);
        }
        else
        {
            results = await InventoryCollector.CollectAsync(vendors, common, parse, runtime, onPage: null, ct).ConfigureAwait(false);
            if (format == OutputFormat.Json)
            {
                var array = new JsonArrayWriter(runtime.Output);
                foreach (var result in results)
                {
                    await array.WritePageAsync(result.Providers, ct).ConfigureAwait(false);
                }

                await array.CompleteAsync(ct).ConfigureAwait(false);
            }
            else
            {
                var first = true;
                foreach (var result in results)
                {
                    await runtime.Output.WriteLineAsync((first ? string.Empty : Environment.NewLine) + GroupHeading(result)).ConfigureAwait(false);
                    first = false;
                    if (result.Providers.Count > 0)
                    {
                        var table = new TableWriter(runtime.Output);
                        await table.WritePageAsync(result.Providers, ct).ConfigureAwait(false);
                        await table.CompleteAsync(ct).ConfigureAwait(false);
                    }
                }
            }
        }

        await runtime.Output.FlushAsync(ct).ConfigureAwait(false);
        var failed = results.Where(r => !r.Succeeded).Select(r => r.Vendor).ToList();
        if (failed.Count > 0)
        {
            await runtime.Error.WriteLineAsync($"idp: {failed.Count} of {results.Count} vendors failed ({string.Join(", ", failed)}); the others' providers were listed.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private static string GroupHeading(VendorInventory result) =>
        result.Succeeded
            ? $"{result.Vendor} ({result.Providers.Count} {(result.Providers.Count == 1 ? "provider" : "providers")})"
            : $"{result.Vendor} (failed after {result.Providers.Count}; see stderr)";
}
