using System.Text.Json;
using System.Text.Json.Serialization;
using Waldur.Sdk.Models;

namespace Waldur.Sdk.Json;

/// <summary>Reads any JSON value into a <see cref="JsonStringList"/> (keeping it raw) and writes the raw value back.</summary>
internal sealed class JsonStringListJsonConverter : JsonConverter<JsonStringList>
{
    public override JsonStringList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new JsonStringList(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, JsonStringList value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        value.Raw.WriteTo(writer);
    }
}
