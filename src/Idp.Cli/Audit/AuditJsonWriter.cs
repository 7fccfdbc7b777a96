using System.Buffers;
using System.Text;
using System.Text.Json;
using Idp.Cli.Output;

namespace Idp.Cli.Audit;

/// <summary>
/// Writes an audit report as one indented JSON object (schema version 1):
/// <c>{"schemaVersion":1,"checked":{"providers":N,"vendors":[...]},"summary":{"high":H,"medium":M,"low":L},
/// "findings":[{"ruleId","rule","severity","vendor","providerId","providerName","message","fix"}],
/// "rules":[{"id","name","severity","description","fix"}]}</c>. Written with <see cref="Utf8JsonWriter"/>: no
/// reflection, safe for trimming and native AOT.
/// </summary>
internal static class AuditJsonWriter
{
    /// <summary>The version of the output shape; raised only when a field is removed or changes meaning.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the report followed by a newline, and flushes.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task WriteAsync(TextWriter output, AuditReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Format(report).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The indented JSON text, without a trailing newline.</returns>
    public static string Format(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ProviderJson.Indented))
        {
            Write(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the report object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);

        writer.WriteStartObject("checked");
        writer.WriteNumber("providers", report.ProvidersChecked);
        writer.WriteStartArray("vendors");
        foreach (var vendor in report.Vendors)
        {
            writer.WriteStringValue(vendor);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("summary");
        foreach (var severity in AuditSeverities.Descending)
        {
            writer.WriteNumber(severity.ToText(), report.Count(severity));
        }

        writer.WriteEndObject();

        writer.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("rule", finding.RuleName);
            writer.WriteString("severity", finding.Severity.ToText());
            writer.WriteString("vendor", finding.Vendor);
            writer.WriteString("providerId", finding.ProviderId);
            writer.WriteString("providerName", finding.ProviderName);
            writer.WriteString("message", finding.Message);
            writer.WriteString("fix", finding.Fix);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteString("severity", rule.Severity.ToText());
            writer.WriteString("description", rule.Description);
            writer.WriteString("fix", rule.Fix);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
