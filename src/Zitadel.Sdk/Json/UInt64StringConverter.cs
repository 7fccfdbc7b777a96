using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Json;

/// <summary>
/// Protobuf JSON's <c>uint64</c>: read from a JSON string (what the gateway sends) or a number (what some proxies and
/// mocks send), written as a string so values above 2^53 survive JavaScript-based tooling.
/// </summary>
internal sealed class UInt64StringConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetUInt64(out var number) ? number : throw new JsonException("Expected an unsigned 64-bit integer.");
            case JsonTokenType.String:
                var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (Utf8Parser.TryParse(span, out ulong parsed, out var consumed) && consumed == span.Length && span.Length > 0)
                {
                    return parsed;
                }

                throw new JsonException("Expected an unsigned 64-bit integer in a JSON string.");
            default:
                throw new JsonException($"Expected a JSON string or number for a uint64, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }
}
