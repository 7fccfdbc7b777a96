namespace Idp.Cli.Audit;

/// <summary>The result of an audit: the findings in report order, what was checked, and the rules that were applied.</summary>
internal sealed class AuditReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="findings">The findings, already in <see cref="AuditEngine.Order"/>.</param>
    /// <param name="providersChecked">How many providers were checked.</param>
    /// <param name="vendors">The vendors checked, sorted.</param>
    /// <param name="rules">The rules applied; <see langword="null"/> for <see cref="AuditRules.All"/>.</param>
    public AuditReport(IReadOnlyList<AuditFinding> findings, int providersChecked, IReadOnlyList<string> vendors, IReadOnlyList<IAuditRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(vendors);
        ArgumentOutOfRangeException.ThrowIfNegative(providersChecked);
        Findings = findings;
        ProvidersChecked = providersChecked;
        Vendors = vendors;
        Rules = rules ?? AuditRules.All;
    }

    /// <summary>Gets the findings, most severe first.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; }

    /// <summary>Gets how many providers were checked.</summary>
    public int ProvidersChecked { get; }

    /// <summary>Gets the vendors checked, sorted.</summary>
    public IReadOnlyList<string> Vendors { get; }

    /// <summary>Gets the rules applied, in id order (the <c>rules</c> of the JSON and SARIF output).</summary>
    public IReadOnlyList<IAuditRule> Rules { get; }

    /// <summary>Counts the findings of one severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(AuditSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// Whether the command should exit with <see cref="ExitCodes.Findings"/>: any finding at or above
    /// <paramref name="failOn"/>; <see langword="null"/> (<c>--fail-on none</c>) never fails.
    /// </summary>
    /// <param name="failOn">The threshold, or <see langword="null"/> for none.</param>
    /// <returns><see langword="true"/> when the threshold is reached.</returns>
    public bool ExceedsThreshold(AuditSeverity? failOn) => failOn is { } threshold && ExceedsThreshold(Findings, threshold);

    /// <summary>Whether any finding is at or above <paramref name="failOn"/> (e.g. medium reaches a medium threshold).</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="failOn">The threshold.</param>
    /// <returns><see langword="true"/> when the threshold is reached.</returns>
    public static bool ExceedsThreshold(IEnumerable<AuditFinding> findings, AuditSeverity failOn)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings.Any(f => f.Severity >= failOn);
    }
}
