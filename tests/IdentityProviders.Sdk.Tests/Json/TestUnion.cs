using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Tests.Json;

/// <summary>A tiny union shaped like Cloudflare's identity providers: <c>type</c> is a sibling of the variant's fields.</summary>
[JsonConverter(typeof(ShapeConverter))]
public abstract record Shape;

public sealed record Circle : Shape
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "circle";

    [JsonPropertyName("radius")]
    public double Radius { get; init; }
}

public sealed record Square : Shape
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "square";

    [JsonPropertyName("side")]
    public double Side { get; init; }

    [JsonPropertyName("style")]
    public ShapeStyle? Style { get; init; }
}

public sealed record ShapeStyle([property: JsonPropertyName("color")] string Color, [property: JsonPropertyName("tags")] IReadOnlyList<string>? Tags = null);

public sealed record UnknownShape(string? Discriminator, JsonElement RawJson) : Shape, IUnknownVariant;

public sealed record Drawing([property: JsonPropertyName("shapes")] IReadOnlyList<Shape> Shapes);

public sealed class ShapeConverter : DiscriminatedUnionConverter<Shape>
{
    protected override string? ReadDiscriminator(Utf8JsonReader reader) => UnionDiscriminator.FindStringProperty(reader, "type");

    protected override JsonTypeInfo? GetVariantTypeInfo(string discriminator, JsonSerializerOptions options) => discriminator switch
    {
        "circle" => options.GetTypeInfo(typeof(Circle)),
        "square" => options.GetTypeInfo(typeof(Square)),
        _ => null,
    };

    protected override Shape CreateUnknown(string? discriminator, JsonElement raw) => new UnknownShape(discriminator, raw);
}

[JsonSerializable(typeof(Drawing))]
[JsonSerializable(typeof(Shape))]
[JsonSerializable(typeof(Circle))]
[JsonSerializable(typeof(Square))]
internal sealed partial class UnionTestJsonContext : JsonSerializerContext;
