using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Json;

namespace Idp.Cli.Output;

/// <summary>
/// The JSON shape of one provider: <c>vendor</c>, <c>id</c>, <c>name</c>, <c>protocol</c>, <c>type</c>, <c>issuer</c>,
/// <c>clientId</c>, <c>enabled</c> (null when unknown) and <c>raw</c>, the vendor's JSON with secrets redacted.
/// Written with <see cref="Utf8JsonWriter"/>: no reflection, safe for trimming and native AOT.
/// </summary>
internal static class ProviderJson
{
    /// <summary>Writer options: compact, and no HTML-oriented escaping (this is terminal and pipe output, not a web page).</summary>
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writer options: indented.</summary>
    public static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes one provider as an object.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="provider">The provider.</param>
    public static void Write(Utf8JsonWriter writer, IdentityProviderInfo provider)
    {
        writer.WriteStartObject();
        WriteListFields(writer, provider);
        WriteRaw(writer, provider);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes one provider with every normalized field (the inventory record of <c>idp export</c>): the list fields, then
    /// state, endpoints, scopes, PKCE, whether a client secret is set, timestamps, and <c>raw</c> (redacted).
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <param name="provider">The provider.</param>
    public static void WriteDetailed(Utf8JsonWriter writer, IdentityProviderInfo provider)
    {
        writer.WriteStartObject();
        WriteListFields(writer, provider);
        WriteStringOrNull(writer, "state", provider.State);
        WriteStringOrNull(writer, "authorizationEndpoint", provider.AuthorizationEndpoint);
        WriteStringOrNull(writer, "tokenEndpoint", provider.TokenEndpoint);
        WriteStringOrNull(writer, "userInfoEndpoint", provider.UserInfoEndpoint);
        WriteStringOrNull(writer, "jwksUri", provider.JwksUri);
        WriteStringArrayOrNull(writer, "scopes", provider.Scopes);
        WriteBooleanOrNull(writer, "pkceEnabled", provider.PkceEnabled);
        WriteBooleanOrNull(writer, "clientSecretSet", provider.ClientSecretSet);
        WriteStringArrayOrNull(writer, "endpoints", provider.Endpoints);
        WriteStringOrNull(writer, "createdAt", provider.CreatedAt?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        WriteStringOrNull(writer, "updatedAt", provider.UpdatedAt?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        WriteRaw(writer, provider);
        writer.WriteEndObject();
    }

    // The fields of `idp list` json/jsonl, in their documented order.
    private static void WriteListFields(Utf8JsonWriter writer, IdentityProviderInfo provider)
    {
        writer.WriteString("vendor", provider.Vendor);
        writer.WriteString("id", provider.Id);
        writer.WriteString("name", provider.Name);
        WriteStringOrNull(writer, "protocol", provider.Protocol.Value);
        WriteStringOrNull(writer, "type", provider.Type);
        WriteStringOrNull(writer, "issuer", provider.Issuer);
        WriteStringOrNull(writer, "clientId", provider.ClientId);
        WriteBooleanOrNull(writer, "enabled", provider.Enabled);
    }

    private static void WriteRaw(Utf8JsonWriter writer, IdentityProviderInfo provider)
    {
        writer.WritePropertyName("raw");
        SecretRedactor.WriteRedacted(writer, provider.GetVendorJson());
    }

    /// <summary>Renders one provider as indented JSON text.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public static string ToIndentedString(IdentityProviderInfo provider)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            Write(writer, provider);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteBooleanOrNull(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } known)
        {
            writer.WriteBoolean(name, known);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStringArrayOrNull(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
