namespace Idp.Cli.Audit;

/// <summary>The values of <c>idp audit --format</c> and the writer of each.</summary>
internal static class AuditFormat
{
    /// <summary>A table that fits 80 columns, fix lines and a summary line (the default).</summary>
    public const string Table = "table";

    /// <summary>One indented JSON object (see <see cref="AuditJsonWriter"/>).</summary>
    public const string Json = "json";

    /// <summary>A SARIF 2.1.0 log (see <see cref="AuditSarifWriter"/>).</summary>
    public const string Sarif = "sarif";

    /// <summary>Every format, for help text and completions.</summary>
    public static readonly IReadOnlyList<string> All = [Table, Json, Sarif];

    /// <summary>Writes <paramref name="report"/> in <paramref name="format"/> and flushes.</summary>
    /// <param name="format">One of <see cref="All"/>.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="report">The report.</param>
    /// <param name="toolVersion">The version of <c>idp</c> (SARIF names it).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of <see cref="All"/>.</exception>
    public static Task WriteAsync(string format, TextWriter output, AuditReport report, string toolVersion, CancellationToken cancellationToken) =>
        format switch
        {
            Table => AuditTableWriter.WriteAsync(output, report, cancellationToken),
            Json => AuditJsonWriter.WriteAsync(output, report, cancellationToken),
            Sarif => AuditSarifWriter.WriteAsync(output, report, toolVersion, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown audit output format."),
        };
}
