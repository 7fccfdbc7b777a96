using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Tests.Json;

public class OptionalJsonConverterTests
{
    private static string Write(ThingPatch patch) => JsonSerializer.Serialize(patch, PatchTestJsonContext.Default.ThingPatch);

    private static ThingPatch Read(string json) => JsonSerializer.Deserialize(json, PatchTestJsonContext.Default.ThingPatch)!;

    [Fact]
    public void An_absent_value_is_omitted()
    {
        Write(new ThingPatch()).Should().Be("""{"id":"t-1"}""");
    }

    [Fact]
    public void A_present_null_is_written_as_null()
    {
        Write(new ThingPatch { Name = new Optional<string?>(null) }).Should().Be("""{"id":"t-1","name":null}""");
    }

    [Fact]
    public void A_present_value_is_written()
    {
        Write(new ThingPatch { Name = "renamed" }).Should().Be("""{"id":"t-1","name":"renamed"}""");
    }

    [Fact]
    public void Reading_keeps_absent_null_and_value_apart()
    {
        Read("""{"id":"t-1"}""").Name.HasValue.Should().BeFalse();

        var cleared = Read("""{"id":"t-1","name":null}""").Name;
        cleared.HasValue.Should().BeTrue();
        cleared.Value.Should().BeNull();

        Read("""{"name":"n"}""").Name.Should().Be(new Optional<string?>("n"));
    }

    [Fact]
    public void Optional_semantics()
    {
        var absent = default(Optional<string?>);
        var present = new Optional<string?>("x");

        absent.HasValue.Should().BeFalse();
        FluentActions.Invoking(() => absent.Value).Should().Throw<InvalidOperationException>();
        absent.GetValueOrDefault("fallback").Should().Be("fallback");
        absent.ToString().Should().Be("<absent>");
        new Optional<string?>(null).ToString().Should().Be("null");
        present.ToString().Should().Be("x");
        (present == new Optional<string?>("x")).Should().BeTrue();
        (absent == new Optional<string?>(null)).Should().BeFalse("absent and an explicit null are different requests");
        (absent != present).Should().BeTrue();
        absent.GetHashCode().Should().Be(default(Optional<string?>).GetHashCode());
    }
}

public class ExtensibleEnumConverterTests
{
    [Theory]
    [InlineData("oidc")]
    [InlineData("oauth2")]
    [InlineData("saml")]
    [InlineData("ldap")]
    [InlineData("jwt")]
    [InlineData("social")]
    [InlineData("one-time-pin")]
    [InlineData("other")]
    public void Known_values_round_trip_and_are_known(string wire)
    {
        var holder = JsonSerializer.Deserialize($$"""{"family":"{{wire}}"}""", PatchTestJsonContext.Default.FamilyHolder)!;

        holder.Family.Value.Should().Be(wire);
        holder.Family.IsKnown.Should().BeTrue();
        JsonSerializer.Serialize(holder, PatchTestJsonContext.Default.FamilyHolder).Should().Be($$"""{"family":"{{wire}}"}""");
    }

    [Fact]
    public void A_known_value_equals_its_static_member()
    {
        JsonSerializer.Deserialize("\"saml\"", PatchTestJsonContext.Default.ProtocolFamily).Should().Be(ProtocolFamily.Saml);
    }

    [Theory]
    [InlineData("webauthn")]
    [InlineData("OIDC")]
    [InlineData("")]
    public void Unknown_values_are_preserved_and_not_known(string wire)
    {
        var family = JsonSerializer.Deserialize($"\"{wire}\"", PatchTestJsonContext.Default.ProtocolFamily);

        family.Value.Should().Be(wire);
        family.IsKnown.Should().BeFalse();
        family.ToString().Should().Be(wire);
        JsonSerializer.Serialize(family, PatchTestJsonContext.Default.ProtocolFamily).Should().Be($"\"{wire}\"");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("{}")]
    public void A_non_string_is_a_json_exception(string json)
    {
        var act = () => JsonSerializer.Deserialize(json, PatchTestJsonContext.Default.ProtocolFamily);

        act.Should().Throw<JsonException>().WithMessage("*Expected a JSON string for ProtocolFamily*");
    }
}
