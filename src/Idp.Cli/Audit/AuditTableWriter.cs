using System.Globalization;
using System.Text;
using Idp.Cli.Output;

namespace Idp.Cli.Audit;

/// <summary>
/// Writes an audit report for people: a table (SEVERITY, RULE, VENDOR, PROVIDER, MESSAGE) that fits 80 columns, one
/// <c>IDP000 fix:</c> line per rule that found something, and a summary line. The full messages are in the JSON output.
/// </summary>
internal static class AuditTableWriter
{
    /// <summary>The column headers.</summary>
    public static readonly IReadOnlyList<string> Headers = ["SEVERITY", "RULE", "VENDOR", "PROVIDER", "MESSAGE"];

    private const int SeverityColumn = 0;
    private const int RuleColumn = 1;
    private const int VendorColumn = 2;
    private const int ProviderColumn = 3;
    private const int MessageColumn = 4;

    // The message is cut first, but keeps 24 characters before the provider id is cut (down to 16, enough to find it in
    // `idp list`); then the message goes down to 20 and the vendor to 8; then everything down to 3.
    private static readonly (int[] Columns, int Floor)[] ShrinkSteps =
    [
        ([MessageColumn], 24),
        ([ProviderColumn], 16),
        ([MessageColumn], 20),
        ([VendorColumn], 8),
        ([SeverityColumn, RuleColumn, VendorColumn, ProviderColumn, MessageColumn], 3),
    ];

    /// <summary>Writes the report and flushes.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task WriteAsync(TextWriter output, AuditReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Format(report).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="lineWidth">The width every line fits.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Format(AuditReport report, int lineWidth = TableLayout.LineWidth)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        if (report.Findings.Count > 0)
        {
            var rows = report.Findings.Select(Cells).ToList();
            var layout = TableLayout.Fit(Headers, rows, ShrinkSteps, lineWidth);
            text.AppendLine(layout.FormatLine(Headers));
            foreach (var row in rows)
            {
                text.AppendLine(layout.FormatLine(row));
            }

            text.AppendLine();
            foreach (var finding in report.Findings.DistinctBy(f => f.RuleId, StringComparer.Ordinal))
            {
                text.AppendLine(Cut(TableLayout.Cell($"{finding.RuleId} fix: {finding.Fix}"), lineWidth));
            }

            text.AppendLine();
        }

        return text.AppendLine(Summary(report)).ToString();
    }

    /// <summary>
    /// The summary line, e.g. <c>9 findings: 2 high, 5 medium, 2 low (34 providers checked across 4 vendors)</c>, or
    /// <c>no findings (34 providers checked across 4 vendors)</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The line.</returns>
    public static string Summary(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var checkedText = report.Vendors.Count == 0
            ? Plural(report.ProvidersChecked, "provider") + " checked"
            : $"{Plural(report.ProvidersChecked, "provider")} checked across {Plural(report.Vendors.Count, "vendor")}";
        if (report.Findings.Count == 0)
        {
            return $"no findings ({checkedText})";
        }

        var counts = string.Join(", ", AuditSeverities.Descending.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{report.Count(s)} {s.ToText()}")));
        return $"{Plural(report.Findings.Count, "finding")}: {counts} ({checkedText})";
    }

    private static string[] Cells(AuditFinding finding) =>
    [
        finding.Severity.ToText(),
        TableLayout.Cell(finding.RuleId),
        TableLayout.Cell(finding.Vendor),
        TableLayout.Cell(finding.ProviderId),
        TableLayout.Cell(finding.Message),
    ];

    private static string Cut(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, Math.Max(0, width - 1)), "…");

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
