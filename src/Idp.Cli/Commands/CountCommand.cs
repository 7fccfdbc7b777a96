using System.CommandLine;
using System.Globalization;
using Idp.Cli.Connection;

namespace Idp.Cli.Commands;

/// <summary>
/// <c>idp count --vendor V</c>: the number of identity providers, from the vendor's count endpoint (Waldur:
/// <c>HEAD</c> and <c>x-result-count</c>), without listing them. Vendors without one are a usage error (exit 2).
/// </summary>
internal static class CountCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommonOptions common, IdpRuntime runtime)
    {
        var command = new Command("count", "Print the number of identity providers of a vendor (vendors with a count endpoint: " + string.Join(", ", CountingVendors(common.Registry)) + ").\n\n"
            + "Examples:\n"
            + "  idp count --vendor waldur\n"
            + "  idp count --vendor waldur --base-url https://waldur.example.com (token in WALDUR_TOKEN)");
        common.AddConnectionOptions(command);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            async ct =>
            {
                var vendor = parse.GetValue(common.Vendor) ?? string.Empty;
                if (!common.Registry.Get(vendor).SupportsCount)
                {
                    throw new UsageException($"idp count is not supported for {vendor}: it has no count endpoint (supported: {string.Join(", ", CountingVendors(common.Registry))}). Count a listing instead: idp list --vendor {vendor} --format jsonl | wc -l");
                }

                var connection = await common.ConnectAsync(parse, runtime, ct).ConfigureAwait(false);
                await using var connectionScope = connection.ConfigureAwait(false);
                var count = await (connection.CountAsync ?? throw new UsageException($"idp count is not supported for {vendor}."))(ct).ConfigureAwait(false);
                await runtime.Output.WriteLineAsync(count.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
                await runtime.Output.FlushAsync(ct).ConfigureAwait(false);
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }

    private static IEnumerable<string> CountingVendors(VendorRegistry registry) => registry.Names.Where(n => registry.Get(n).SupportsCount);
}
