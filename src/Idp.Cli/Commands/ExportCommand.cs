using System.CommandLine;
using Idp.Cli.Connection;
using Idp.Cli.Output;

namespace Idp.Cli.Commands;

/// <summary>
/// <c>idp export [--vendor V|all] [--output FILE] [--allow-partial]</c>: a JSON inventory of every vendor's providers,
/// written atomically.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommonOptions common, IdpRuntime runtime)
    {
        var vendor = common.CreateVendorsOption(required: false);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write; it is replaced atomically (temp file + rename), so an interrupted export leaves the previous file intact. Default: standard output.",
            HelpName = "file",
        };
        var allowPartial = new Option<bool>("--allow-partial")
        {
            Description = "Write the inventory even when a vendor failed (its entry says \"failed\"). Without it, nothing is written and the exit code is 5.",
        };

        var command = new Command(
            "export",
            "Export a JSON inventory of every provider (normalized fields plus each vendor's raw JSON, secrets redacted). "
            + "Schema: docs/inventory-schema.md.\n\n"
            + "Examples:\n"
            + "  idp export                                   all vendors (built-in emulator without settings) to stdout\n"
            + "  idp export --output inventory.json           replace inventory.json atomically\n"
            + "  idp export --vendor keycard,zitadel -o kz.json\n"
            + "  idp export --profile prod --allow-partial -o prod.json");
        common.AddConnectionOptions(command, vendor);
        command.Options.Add(output);
        command.Options.Add(allowPartial);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            async ct =>
            {
                var path = parse.GetValue(output);
                if (path is not null && (string.IsNullOrWhiteSpace(path) || Directory.Exists(path)))
                {
                    throw new UsageException($"--output '{path}' must name a file, not a directory.");
                }

                var vendors = common.ResolveVendors(parse.GetValue(vendor), common.ResolveProfile(parse, runtime));
                var results = await InventoryCollector.CollectAsync(vendors, common, parse, runtime, onPage: null, ct).ConfigureAwait(false);
                var failed = results.Where(r => !r.Succeeded).Select(r => r.Vendor).ToList();
                if (failed.Count > 0 && !parse.GetValue(allowPartial))
                {
                    await runtime.Error.WriteLineAsync(
                        $"idp: {string.Join(", ", failed)} failed; nothing was written{(path is null ? string.Empty : $" ({path} is unchanged)")}. Pass --allow-partial to export the rest.").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }

                var generatedAt = runtime.TimeProvider.GetUtcNow();
                if (path is null)
                {
                    using var buffer = new MemoryStream();
                    await InventoryDocument.WriteAsync(buffer, results, generatedAt, ct).ConfigureAwait(false);
                    await runtime.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
                    await runtime.Output.FlushAsync(ct).ConfigureAwait(false);
                }
                else
                {
                    await AtomicFile.WriteAsync(path, (stream, token) => InventoryDocument.WriteAsync(stream, results, generatedAt, token), ct).ConfigureAwait(false);
                    var count = results.Sum(r => r.Providers.Count);
                    await runtime.Error.WriteLineAsync($"idp: wrote {count} providers from {results.Count - failed.Count} of {results.Count} vendors to {path}.").ConfigureAwait(false);
                }

                return failed.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
