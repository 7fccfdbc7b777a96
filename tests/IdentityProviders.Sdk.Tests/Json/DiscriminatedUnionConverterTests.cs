using System.Text;
using System.Text.Json;

namespace IdentityProviders.Sdk.Tests.Json;

public class DiscriminatedUnionConverterTests
{
    private static Shape? Read(string json) => JsonSerializer.Deserialize(json, UnionTestJsonContext.Default.Shape);

    private static string Write(Shape shape) => JsonSerializer.Serialize(shape, UnionTestJsonContext.Default.Shape);

    [Theory]
    [InlineData("""{"type":"square","side":2.5,"style":{"color":"red"}}""")]
    [InlineData("""{"side":2.5,"style":{"color":"red"},"type":"square"}""")]
    [InlineData("""{"side":2.5,"type":"square","style":{"color":"red"}}""")]
    [InlineData("""{"style":{"color":"red","tags":["type","square"]},"side":2.5,"type":"square"}""")]
    public void Finds_the_discriminator_wherever_it_is(string json)
    {
        Read(json).Should().BeOfType<Square>().Which.Should().BeEquivalentTo(new Square { Side = 2.5, Style = new ShapeStyle("red") }, o => o.Excluding(s => s.Style!.Tags));
    }

    [Fact]
    public void A_type_property_nested_in_another_object_is_not_the_discriminator()
    {
        Read("""{"style":{"type":"square","color":"blue"},"radius":1,"type":"circle"}""").Should().BeOfType<Circle>().Which.Radius.Should().Be(1);
    }

    [Fact]
    public void Each_variant_round_trips()
    {
        var circle = new Circle { Radius = 3 };
        var json = Write(circle);

        json.Should().Be("""{"type":"circle","radius":3}""");
        Read(json).Should().Be(circle);
    }

    [Fact]
    public void An_unknown_discriminator_becomes_the_unknown_variant_and_is_written_back_unchanged()
    {
        const string json = """{"type":"hexagon","sides":6,"nested":{"a":[1,2,{"b":null}]},"client_secret":"kept-raw"}""";

        var shape = Read(json);

        var unknown = shape.Should().BeOfType<UnknownShape>().Subject;
        unknown.Discriminator.Should().Be("hexagon");
        unknown.RawJson.GetRawText().Should().Be(json);
        Write(unknown).Should().Be(json);
    }

    [Theory]
    [InlineData("""{"radius":1}""")]
    [InlineData("""{"type":7,"radius":1}""")]
    [InlineData("""{"type":null,"radius":1}""")]
    [InlineData("""{}""")]
    public void A_missing_or_non_string_discriminator_becomes_the_unknown_variant(string json)
    {
        var unknown = Read(json).Should().BeOfType<UnknownShape>().Subject;

        unknown.Discriminator.Should().BeNull();
        unknown.RawJson.GetRawText().Should().Be(json);
    }

    [Fact]
    public void Json_null_reads_as_null()
    {
        Read("null").Should().BeNull();
    }

    [Fact]
    public void A_non_object_is_a_json_exception()
    {
        var act = () => Read("[1,2]");

        act.Should().Throw<JsonException>().WithMessage("*Expected a JSON object for Shape*");
    }

    [Fact]
    public void A_list_of_mixed_variants_round_trips_in_order()
    {
        const string json = """{"shapes":[{"type":"circle","radius":1},{"type":"blob","x":1},{"type":"square","side":2,"style":null}]}""";

        var drawing = JsonSerializer.Deserialize(json, UnionTestJsonContext.Default.Drawing)!;

        drawing.Shapes.Select(s => s.GetType()).Should().Equal(typeof(Circle), typeof(UnknownShape), typeof(Square));
        JsonSerializer.Serialize(drawing, UnionTestJsonContext.Default.Drawing).Should().Be(json);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(4096)]
    public async Task A_large_document_read_from_a_stream_in_small_buffers_is_read_correctly(int bufferSize)
    {
        // Streaming hands the converter a reader over partial data (IsFinalBlock = false): the discriminator
        // look-ahead must still work. Discriminator last, so every other property has to be skipped.
        var json = new StringBuilder("""{"shapes":[""");
        for (var i = 0; i < 2000; i++)
        {
            json.Append(i == 0 ? "" : ",");
            json.Append(i % 3 == 0
                ? $$"""{"radius":{{i}},"type":"circle"}"""
                : i % 3 == 1
                    ? $$"""{"side":{{i}},"style":{"color":"c{{i}}","tags":["x","y"]},"type":"square"}"""
                    : $$"""{"data":{"deep":[{"k":{{i}}}]},"type":"other"}""");
        }

        json.Append("]}");
        var options = new JsonSerializerOptions(UnionTestJsonContext.Default.Options) { DefaultBufferSize = bufferSize };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ToString()));

        var drawing = (Drawing?)await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(Drawing)));

        drawing!.Shapes.Should().HaveCount(2000);
        drawing.Shapes.OfType<Circle>().Should().HaveCount(667);
        drawing.Shapes.OfType<Square>().Should().HaveCount(667);
        var last = drawing.Shapes[^1].Should().BeOfType<Square>().Subject;
        last.Side.Should().Be(1999);
        last.Style!.Color.Should().Be("c1999");
        last.Style.Tags.Should().Equal("x", "y");
        drawing.Shapes[0].Should().Be(new Circle { Radius = 0 });
        drawing.Shapes.OfType<UnknownShape>().Should().HaveCount(666).And.OnlyContain(u => u.Discriminator == "other");
    }
}
