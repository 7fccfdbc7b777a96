using System.Buffers;
using System.Text;
using System.Text.Json;

namespace IdentityProviders.Sdk.Json;

/// <summary>
/// Redacts secret values in JSON by property name, at any depth, including inside variants this SDK does not know.
/// </summary>
public static class SecretRedactor
{
    /// <summary>The text that replaces a secret value.</summary>
    public const string Mask = "***REDACTED***";

    // Property names compared after removing '_' and '-' and lower-casing, so client_secret, clientSecret and
    // Client-Secret all match. Names that merely indicate presence (client_secret_set) are not secrets.
    private static readonly HashSet<string> SecretNames = new(StringComparer.Ordinal)
    {
        "secret", "clientsecret", "password", "bindpassword", "privatekey", "key", "apikey", "apitoken", "token",
        "accesstoken", "refreshtoken", "idtoken", "authorization", "signingkey", "encryptionkey", "scimsecret",
        "servicekey", "xauthkey", "xauthuserservicekey", "assertion", "clientassertion", "certificateprivatekey",
        // SAML metadata can embed signing material and is redacted with the secrets (Zitadel's metadataXml).
        "metadataxml",
    };

    /// <summary>Whether a JSON property or header name names a secret.</summary>
    /// <param name="name">The property name as it appears on the wire.</param>
    /// <returns><see langword="true"/> when the value must be redacted.</returns>
    public static bool IsSecretName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c is '_' or '-' or '.')
            {
                continue;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        var normalized = new string(buffer[..length]);
        return SecretNames.Contains(normalized)
            || normalized.EndsWith("secret", StringComparison.Ordinal)
            || normalized.EndsWith("password", StringComparison.Ordinal)
            || normalized.EndsWith("privatekey", StringComparison.Ordinal);
    }

    /// <summary>Returns a copy of <paramref name="element"/> with every secret value replaced by <see cref="Mask"/>.</summary>
    /// <param name="element">The JSON to redact.</param>
    /// <returns>The redacted JSON.</returns>
    public static JsonElement Redact(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            using var writer = new Utf8JsonWriter(buffer);
            WriteRedacted(writer, element);
        }
        catch (InvalidOperationException)
        {
            // JSON may escape text that is not valid UTF-16 ("\ud800"); it cannot be re-encoded, so it is dropped
            // whole (it cannot be inspected for secrets either).
            return Omitted(element.ValueKind);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Redacts a JSON text; text that is not JSON is replaced entirely, since it cannot be inspected.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The redacted JSON text.</returns>
    public static string RedactText(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteRedacted(writer, document.RootElement);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (JsonException)
        {
            return $"<{json.Length} characters of non-JSON content omitted>";
        }
        catch (InvalidOperationException)
        {
            // Escaped text that is not valid UTF-16 ("\ud800") parses but cannot be re-encoded.
            return $"<{json.Length} characters of JSON with invalid escaped text omitted>";
        }
    }

    private static JsonElement Omitted(JsonValueKind kind)
    {
        using var document = JsonDocument.Parse($"\"<{kind} with invalid escaped text omitted>\"");
        return document.RootElement.Clone();
    }

    /// <summary>Writes <paramref name="element"/> to <paramref name="writer"/> with secret values redacted.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="element">The JSON to write.</param>
    public static void WriteRedacted(Utf8JsonWriter writer, JsonElement element)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    if (IsSecretName(property.Name) && property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False))
                    {
                        writer.WriteStringValue(Mask);
                    }
                    else
                    {
                        WriteRedacted(writer, property.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteRedacted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
