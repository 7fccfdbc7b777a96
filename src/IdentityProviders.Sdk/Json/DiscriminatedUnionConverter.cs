using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IdentityProviders.Sdk.Json;

/// <summary>
/// Base converter for a polymorphic model whose variant is chosen by a discriminator read ahead of deserialization.
/// Unknown discriminators never throw: they become the type's unknown variant, which keeps the raw JSON.
/// </summary>
/// <typeparam name="TBase">The union's base type. Register the converter for this exact type (variants are read with their own metadata).</typeparam>
public abstract class DiscriminatedUnionConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    /// <summary>Reads the discriminator from a copy of the reader positioned on the object's start.</summary>
    /// <param name="reader">A copy of the reader; advancing it does not affect deserialization.</param>
    /// <returns>The discriminator, or <see langword="null"/> when none is present.</returns>
    protected abstract string? ReadDiscriminator(Utf8JsonReader reader);

    /// <summary>Returns the metadata of the variant for <paramref name="discriminator"/>, or <see langword="null"/> when unknown.</summary>
    /// <param name="discriminator">The discriminator value.</param>
    /// <param name="options">The serializer options (source-generated resolver).</param>
    /// <returns>The variant's metadata or <see langword="null"/>.</returns>
    protected abstract JsonTypeInfo? GetVariantTypeInfo(string discriminator, JsonSerializerOptions options);

    /// <summary>Creates the unknown variant that keeps <paramref name="raw"/>.</summary>
    /// <param name="discriminator">The discriminator value, if any.</param>
    /// <param name="raw">The raw JSON.</param>
    /// <returns>The unknown variant.</returns>
    protected abstract TBase CreateUnknown(string? discriminator, JsonElement raw);

    /// <inheritdoc />
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeof(TBase).Name}, got {reader.TokenType}.");
        }

        var discriminator = ReadDiscriminator(reader);
        var info = discriminator is null ? null : GetVariantTypeInfo(discriminator, options);
        if (info is null)
        {
            return CreateUnknown(discriminator, JsonElement.ParseValue(ref reader));
        }

        return (TBase?)JsonSerializer.Deserialize(ref reader, info);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        if (value is IUnknownVariant unknown)
        {
            unknown.RawJson.WriteTo(writer);
            return;
        }

        var runtimeType = value.GetType();
        if (runtimeType == typeof(TBase))
        {
            throw new JsonException($"Cannot serialize the abstract union base {typeof(TBase).Name}; use a variant.");
        }

        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(runtimeType));
    }
}
