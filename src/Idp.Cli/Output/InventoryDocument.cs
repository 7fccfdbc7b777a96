using System.Globalization;
using System.Text.Json;
using Idp.Cli.Commands;

namespace Idp.Cli.Output;

/// <summary>
/// The JSON inventory of <c>idp export</c> (schema in docs/inventory-schema.md): a versioned envelope, one status entry
/// per vendor, and every provider's normalized record with the vendor's raw JSON, secrets redacted.
/// </summary>
internal static class InventoryDocument
{
    /// <summary>The value of <c>schemaVersion</c>; raised only for changes that break readers (fields may be added at any time).</summary>
    public const int SchemaVersion = 1;

    /// <summary>The value of <c>schema</c>, naming the format.</summary>
    public const string SchemaName = "idp-inventory";

    /// <summary>Writes the document.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="results">Every vendor's result, in order.</param>
    /// <param name="generatedAt">When the inventory was taken.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    public static async Task WriteAsync(Stream stream, IReadOnlyList<VendorInventory> results, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(stream, ProviderJson.Indented);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", SchemaName);
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("generatedAt", generatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteStartObject("generator");
            writer.WriteString("name", "idp");
            writer.WriteString("version", IdpApp.Version);
            writer.WriteEndObject();
            writer.WriteStartArray("vendors");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("vendor", result.Vendor);
                writer.WriteString("status", result.Succeeded ? "ok" : "failed");
                writer.WriteNumber("providerCount", result.Providers.Count);
                if (result.Error is { } error)
                {
                    writer.WriteString("error", CommandRunner.OneLine(CommandRunner.Describe(error).Message));
                }
                else
                {
                    writer.WriteNull("error");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("providers");
            foreach (var result in results)
            {
                foreach (var provider in result.Providers)
                {
                    ProviderJson.WriteDetailed(writer, provider);
                    if (writer.BytesPending > 32 * 1024)
                    {
                        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        // A trailing newline, as text files have.
        stream.WriteByte((byte)'\n');
    }
}
