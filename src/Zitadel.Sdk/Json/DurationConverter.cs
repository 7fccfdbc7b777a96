using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Json;

/// <summary>
/// Protobuf JSON's <c>google.protobuf.Duration</c>: seconds with an optional fraction and an <c>s</c> suffix
/// (<c>"10s"</c>, <c>"1.5s"</c>, <c>"-0.000000100s"</c>), mapped to <see cref="TimeSpan"/> (100 ns precision; finer
/// digits are truncated). Written with 0, 3, 6 or 9 fractional digits as the protobuf JSON mapping prescribes.
/// A string that is not a duration (a mock's <c>"string"</c>, a newer format) reads as <see langword="null"/> rather
/// than failing the whole response: the field is informational, and one odd value must not hide a page of providers.
/// </summary>
internal sealed class DurationConverter : JsonConverter<TimeSpan?>
{
    public override TimeSpan? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => TryParse(reader.GetString(), out var value) ? value : null,
        _ => throw new JsonException($"Expected a protobuf duration string such as \"10s\", got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, TimeSpan? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } duration)
        {
            writer.WriteStringValue(Format(duration));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Formats a duration the protobuf way.</summary>
    internal static string Format(TimeSpan value)
    {
        var ticks = value.Ticks;
        var negative = ticks < 0;
        // Unsigned magnitude: TimeSpan.MinValue has no positive counterpart.
        var magnitude = negative ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
        var seconds = magnitude / TimeSpan.TicksPerSecond;
        var nanos = magnitude % TimeSpan.TicksPerSecond * 100;
        var sign = negative ? "-" : string.Empty;
        if (nanos == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds}s");
        }

        var fraction = nanos % 1_000_000 == 0 ? (nanos / 1_000_000).ToString("D3", CultureInfo.InvariantCulture)
            : nanos % 1_000 == 0 ? (nanos / 1_000).ToString("D6", CultureInfo.InvariantCulture)
            : nanos.ToString("D9", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds}.{fraction}s");
    }

    /// <summary>Parses a protobuf duration string.</summary>
    internal static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrEmpty(text) || text.Length < 2 || text[^1] != 's')
        {
            return false;
        }

        var body = text.AsSpan(0, text.Length - 1);
        var negative = body.Length > 0 && body[0] == '-';
        if (negative)
        {
            body = body[1..];
        }

        var dot = body.IndexOf('.');
        var wholePart = dot < 0 ? body : body[..dot];
        var fractionPart = dot < 0 ? ReadOnlySpan<char>.Empty : body[(dot + 1)..];
        if (wholePart.IsEmpty || (dot >= 0 && (fractionPart.IsEmpty || fractionPart.Length > 9)))
        {
            return false;
        }

        if (!long.TryParse(wholePart, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 315_576_000_000)
        {
            return false;
        }

        long nanos = 0;
        if (!fractionPart.IsEmpty)
        {
            if (!long.TryParse(fractionPart, NumberStyles.None, CultureInfo.InvariantCulture, out nanos))
            {
                return false;
            }

            for (var i = fractionPart.Length; i < 9; i++)
            {
                nanos *= 10;
            }
        }

        try
        {
            var ticks = checked((seconds * TimeSpan.TicksPerSecond) + (nanos / 100));
            value = new TimeSpan(negative ? -ticks : ticks);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
