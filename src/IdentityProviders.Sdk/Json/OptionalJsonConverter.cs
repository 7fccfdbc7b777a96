using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IdentityProviders.Sdk.Json;

/// <summary>
/// Serializes <see cref="Optional{T}"/>: a present value is written as the inner value (or <c>null</c>). Pair it with
/// <c>[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]</c> so an absent value is not written at all.
/// </summary>
/// <typeparam name="T">The inner type; its metadata must be available from the serializer options (source generated).</typeparam>
public sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        return new Optional<T>(JsonSerializer.Deserialize(ref reader, info)!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (!value.HasValue || value.Value is null)
        {
            writer.WriteNullValue();
            return;
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        JsonSerializer.Serialize(writer, value.Value, info);
    }
}
