using System.Text.Json;
using System.Text.Json.Serialization;
using Waldur.Sdk.Models;

namespace Waldur.Sdk.Json;

/// <summary>Reads any JSON value into an <see cref="AttributeMapping"/> (keeping it raw) and writes the raw value back.</summary>
internal sealed class AttributeMappingJsonConverter : JsonConverter<AttributeMapping>
{
    public override AttributeMapping Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new AttributeMapping(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, AttributeMapping value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        value.Raw.WriteTo(writer);
    }
}
