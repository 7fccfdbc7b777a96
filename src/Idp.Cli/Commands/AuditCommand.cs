using System.CommandLine;
using Idp.Cli.Audit;

namespace Idp.Cli.Commands;

/// <summary>
/// <c>idp audit [--vendor V|all] [--format table|json|sarif] [--fail-on low|medium|high|none]</c>: checks every provider
/// against the rules of docs/audit-rules.md; exit 1 when a finding is at or above <c>--fail-on</c>.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommonOptions common, IdpRuntime runtime)
    {
        var vendor = common.CreateVendorsOption(required: false);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (fits 80 columns, one fix line per rule), json, or sarif (SARIF 2.1.0, for code-scanning dashboards).",
            Arity = ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => AuditFormat.Table,
            HelpName = "format",
        };
        OptionRules.AcceptOnly(format, [.. AuditFormat.All]);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this severity: low, medium, high or none (never). Default: high.",
            Arity = ArgumentArity.ExactlyOne,
            DefaultValueFactory = _ => AuditSeverities.DefaultFailOn.ToString().ToLowerInvariant(),
            HelpName = "severity",
        };
        OptionRules.AcceptOnly(failOn, [.. AuditSeverities.FailOnValues]);

        var command = new Command(
            "audit",
            "Check every provider for misconfigurations (PKCE off, http:// endpoints, SCIM deprovisioning gaps, missing client "
            + "secrets, disabled providers, a client id registered at two vendors, Zitadel auto-provisioning without linking, "
            + "LDAP without TLS). Each finding has a rule id, a severity and a one-line fix; rules: docs/audit-rules.md. "
            + "Exit 1 when a finding is at or above --fail-on (for CI pipelines); exit 5 when a vendor could not be read.\n\n"
            + "Examples:\n"
            + "  idp audit                                    every vendor, as a table\n"
            + "  idp audit --vendor zitadel --fail-on medium\n"
            + "  idp audit --format sarif > idp.sarif         for a code-scanning upload\n"
            + "  idp audit --profile prod --format json --fail-on none");
        common.AddConnectionOptions(command, vendor);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            async ct =>
            {
                if (!AuditSeverities.TryParseFailOn(parse.GetValue(failOn), out var threshold))
                {
                    throw new Connection.UsageException($"--fail-on must be one of {string.Join(", ", AuditSeverities.FailOnValues)}.");
                }

                var vendors = common.ResolveVendors(parse.GetValue(vendor), common.ResolveProfile(parse, runtime));
                var results = await InventoryCollector.CollectAsync(vendors, common, parse, runtime, onPage: null, ct).ConfigureAwait(false);
                var failed = results.Where(r => !r.Succeeded).Select(r => r.Vendor).ToList();
                var checkedProviders = results.Where(r => r.Succeeded).SelectMany(r => r.Providers.Select(p => (p, r.Capabilities)));
                var report = AuditEngine.Run(checkedProviders, results.Where(r => r.Succeeded).Select(r => r.Vendor));
                await AuditFormat.WriteAsync(parse.GetValue(format) ?? AuditFormat.Table, runtime.Output, report, IdpApp.Version, ct).ConfigureAwait(false);
                await runtime.Output.FlushAsync(ct).ConfigureAwait(false);
                if (failed.Count > 0)
                {
                    // An audit that could not see a vendor must not pass a pipeline as clean.
                    await runtime.Error.WriteLineAsync($"idp: {string.Join(", ", failed)} could not be audited; the report covers the other vendors only.").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }

                return report.ExceedsThreshold(threshold) ? ExitCodes.Findings : ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
