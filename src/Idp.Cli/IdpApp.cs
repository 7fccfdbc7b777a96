using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Idp.Cli.Commands;
using Idp.Cli.Connection;

namespace Idp.Cli;

/// <summary>The <c>idp</c> application, runnable in-process with its own output writers and environment.</summary>
[SuppressMessage("Performance", "CA1515:Consider making public types internal", Justification = "The in-process entry point used by tests and by tools that embed idp.")]
public static class IdpApp
{
    /// <summary>Gets the version shown by <c>idp --version</c> and sent in the User-Agent, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } =
        (typeof(IdpApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Runs <c>idp</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Receives results (and help).</param>
    /// <param name="stderr">Receives errors, notices, progress and <c>--verbose</c> logs.</param>
    /// <param name="environment">Environment variables; <see langword="null"/> reads the process environment.</param>
    /// <param name="cancellationToken">Cancels the command, as Ctrl+C does.</param>
    /// <returns>The exit code (0 success, 2 bad arguments, 3 authentication/permission, 4 not found, 5 other failure, 130 canceled).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Func<string, string?> lookup = environment is null
            ? Environment.GetEnvironmentVariable
            : name => environment.TryGetValue(name, out var value) ? value : null;
        return RunAsync(args, new IdpRuntime(stdout, TextWriter.Synchronized(stderr), lookup), cancellationToken);
    }

    /// <summary>Runs <c>idp</c> with a fully specified runtime (progress settings, clock).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="runtime">The runtime.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    internal static async Task<int> RunAsync(string[] args, IdpRuntime runtime, CancellationToken cancellationToken)
    {
        var root = CreateRootCommand(runtime, VendorRegistry.Default);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await runtime.Error.WriteLineAsync("idp: error: " + CommandRunner.OneLine(error.Message)).ConfigureAwait(false);
            }

            var commandPath = string.Join(' ', CommandPath(parse.CommandResult.Command, root));
            await runtime.Error.WriteLineAsync($"idp: run '{commandPath} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = runtime.Output,
                    Error = runtime.Error,
                    // Signals are handled by Program.Main, which cancels cancellationToken; in-process callers must not
                    // have handlers registered behind their back.
                    ProcessTerminationTimeout = null,
                    EnableDefaultExceptionHandler = false,
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                await runtime.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // Standard output was closed by its reader.
            }
        }
    }

    /// <summary>Builds the command tree.</summary>
    /// <param name="runtime">The runtime the actions write to.</param>
    /// <param name="registry">The supported vendors.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand CreateRootCommand(IdpRuntime runtime, VendorRegistry registry)
    {
        var common = new CommonOptions(registry);
        var root = new RootCommand(
            "idp: list, export, audit and copy identity providers across vendors (keycard, cloudflare, zitadel, waldur).\n\n"
            + "Exit codes: 0 ok, 2 bad arguments, 3 authentication or permission failure, 4 not found, "
            + "5 other API or network failure (with --vendor all: any vendor failed), 1 audit findings at or above --fail-on, 70 internal error, 130 canceled.");
        root.Options.Add(common.Verbose);
        root.Options.Add(common.NoColor);
        root.Options.Add(common.Config);
        root.Options.Add(common.Profile);
        root.Subcommands.Add(ListCommand.Create(common, runtime));
        root.Subcommands.Add(GetCommand.Create(common, runtime));
        root.Subcommands.Add(CountCommand.Create(common, runtime));
        root.Subcommands.Add(EmulatorCommand.Create(common, runtime));
        root.Subcommands.Add(CopyCommand.Create(common, runtime));
        root.Subcommands.Add(ExportCommand.Create(common, runtime));
        root.Subcommands.Add(AuditCommand.Create(common, runtime));
        return root;
    }

    private static IEnumerable<string> CommandPath(Command command, RootCommand root)
    {
        yield return "idp";
        if (!ReferenceEquals(command, root))
        {
            yield return command.Name;
        }
    }
}
