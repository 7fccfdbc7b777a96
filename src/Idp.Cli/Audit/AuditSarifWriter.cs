using System.Buffers;
using System.Text;
using System.Text.Json;
using Idp.Cli.Output;

namespace Idp.Cli.Audit;

/// <summary>
/// Writes an audit report as SARIF 2.1.0 (one run; tool <c>idp</c> with every rule; one result per finding). Findings
/// are about configuration held by a vendor, not about files, so each result has a logical location of kind
/// <c>resource</c>: <c>name</c> is the provider id, <c>fullyQualifiedName</c> is <c>vendor/providerId</c>.
/// Written with <see cref="Utf8JsonWriter"/>: no reflection, safe for trimming and native AOT.
/// </summary>
internal static class AuditSarifWriter
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The JSON schema of SARIF 2.1.0.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The tool name in <c>runs[0].tool.driver.name</c>.</summary>
    public const string ToolName = "idp";

    /// <summary>Writes the report followed by a newline, and flushes.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="report">The report.</param>
    /// <param name="toolVersion">The version of <c>idp</c>, e.g. <c>0.1.0</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task WriteAsync(TextWriter output, AuditReport report, string toolVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(Format(report, toolVersion).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="toolVersion">The version of <c>idp</c>, e.g. <c>0.1.0</c>.</param>
    /// <param name="informationUri">The tool's documentation URL, when there is one.</param>
    /// <returns>The indented SARIF log, without a trailing newline.</returns>
    public static string Format(AuditReport report, string toolVersion, Uri? informationUri = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(toolVersion);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ProviderJson.Indented))
        {
            Write(writer, report, toolVersion, informationUri);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the SARIF log object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The report.</param>
    /// <param name="toolVersion">The version of <c>idp</c>.</param>
    /// <param name="informationUri">The tool's documentation URL, when there is one.</param>
    public static void Write(Utf8JsonWriter writer, AuditReport report, string toolVersion, Uri? informationUri = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(toolVersion);
        writer.WriteStartObject();
        writer.WriteString("$schema", Schema);
        writer.WriteString("version", Version);
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolName);
        writer.WriteString("version", toolVersion);
        if (informationUri is not null)
        {
            writer.WriteString("informationUri", informationUri.AbsoluteUri);
        }

        var ruleIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        writer.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            ruleIndexes.TryAdd(rule.Id, ruleIndexes.Count);
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", rule.Name);
            WriteMessage(writer, "shortDescription", rule.Description);
            WriteMessage(writer, "fullDescription", $"{rule.Description} Fix: {rule.Fix}");
            WriteMessage(writer, "help", rule.Fix);
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", rule.Severity.ToSarifLevel());
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("severity", rule.Severity.ToText());
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            if (ruleIndexes.TryGetValue(finding.RuleId, out var index))
            {
                writer.WriteNumber("ruleIndex", index);
            }

            writer.WriteString("level", finding.Severity.ToSarifLevel());
            WriteMessage(writer, "message", finding.Message);
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartArray("logicalLocations");
            writer.WriteStartObject();
            writer.WriteString("name", finding.ProviderId);
            writer.WriteString("fullyQualifiedName", $"{finding.Vendor}/{finding.ProviderId}");
            writer.WriteString("kind", "resource");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WriteString("vendor", finding.Vendor);
            writer.WriteString("providerName", finding.ProviderName);
            writer.WriteString("severity", finding.Severity.ToText());
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
