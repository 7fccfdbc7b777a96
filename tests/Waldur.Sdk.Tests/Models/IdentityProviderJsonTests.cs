using System.Text.Json;
using Waldur.Sdk.Json;
using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests.Models;

/// <summary>The models read and write the wire format, with typed views over the free-form JSON fields.</summary>
public sealed class IdentityProviderJsonTests
{
    [Fact]
    public void A_full_provider_round_trips_without_losing_fields()
    {
        var provider = JsonSerializer.Deserialize(WaldurJson.FullProvider, WaldurJsonContext.Default.IdentityProvider)!;

        var written = JsonSerializer.Serialize(provider, WaldurJsonContext.Default.IdentityProvider);

        WaldurMockServer.ShouldBeJson(written, WaldurJson.FullProvider);
    }

    [Fact]
    public void Nulls_and_missing_optional_fields_read_as_null()
    {
        var provider = JsonSerializer.Deserialize(
            """{"provider":"p","client_id":"c","client_secret":"s","discovery_url":"d","label":"l","extra_scope":null,"attribute_mapping":null,"protected_fields":null}""",
            WaldurJsonContext.Default.IdentityProvider)!;

        provider.ExtraScope.Should().BeNull();
        provider.AttributeMapping.Should().BeNull();
        provider.ProtectedFields.Should().BeNull();
        provider.AllowedRedirects.Should().BeNull();
        provider.IsActive.Should().BeNull();
        provider.UserinfoUrl.Should().BeNull();
    }

    [Fact]
    public void A_provider_without_its_name_is_rejected()
    {
        var act = () => JsonSerializer.Deserialize("""{"client_id":"c","client_secret":"s","discovery_url":"d","label":"l"}""", WaldurJsonContext.Default.IdentityProvider);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Attribute_mapping_offers_string_claims_and_keeps_other_json()
    {
        using var document = JsonDocument.Parse("""{"email":"mail","first_name":"given_name","groups":["a"],"age":3}""");

        var mapping = new AttributeMapping(document.RootElement);

        mapping.Claims.Should().BeEquivalentTo(new Dictionary<string, string> { ["email"] = "mail", ["first_name"] = "given_name" });
        mapping.Raw.GetProperty("age").GetInt32().Should().Be(3);
        mapping.ToString().Should().Be("{email=mail, first_name=given_name}");
    }

    [Fact]
    public void Attribute_mapping_built_from_claims_serializes_as_an_object_and_compares_by_value()
    {
        var mapping = AttributeMapping.FromClaims(new Dictionary<string, string> { ["email"] = "email", ["last_name"] = "family_name" });

        JsonSerializer.Serialize(mapping, WaldurJsonContext.Default.AttributeMapping).Should().Be("""{"email":"email","last_name":"family_name"}""");
        mapping.Should().Be(AttributeMapping.FromClaims([new("email", "email"), new("last_name", "family_name")]));
        mapping.GetHashCode().Should().Be(AttributeMapping.FromClaims([new("email", "email"), new("last_name", "family_name")]).GetHashCode());
    }

    [Fact]
    public void An_attribute_mapping_that_is_not_an_object_is_kept_raw()
    {
        var provider = JsonSerializer.Deserialize("""{"provider":"p","client_id":"c","client_secret":"s","discovery_url":"d","label":"l","attribute_mapping":"legacy"}""", WaldurJsonContext.Default.IdentityProvider)!;

        provider.AttributeMapping!.Claims.Should().BeEmpty();
        provider.AttributeMapping.Raw.GetString().Should().Be("legacy");
    }

    [Fact]
    public void String_lists_offer_their_strings_and_keep_other_json()
    {
        using var document = JsonDocument.Parse("""["first_name", 1, "email", null]""");

        var list = new JsonStringList(document.RootElement);

        list.Values.Should().Equal("first_name", "email");
        list.Raw.GetArrayLength().Should().Be(4);
        JsonStringList.From(["a", "b"]).Should().Be(new JsonStringList(JsonDocument.Parse("""["a","b"]""").RootElement));
        JsonSerializer.Serialize(JsonStringList.From(["a"]), WaldurJsonContext.Default.JsonStringList).Should().Be("""["a"]""");
        JsonStringList.From(["x", "y"]).ToString().Should().Be("[x, y]");
    }

    [Fact]
    public void A_patch_with_nothing_set_serializes_to_an_empty_object()
    {
        JsonSerializer.Serialize(new PatchedIdentityProviderRequest(), WaldurJsonContext.Default.PatchedIdentityProviderRequest).Should().Be("{}");
    }

    [Fact]
    public void A_patch_distinguishes_null_from_absent()
    {
        var json = JsonSerializer.Serialize(new PatchedIdentityProviderRequest { ExtraFields = null, IsActive = false }, WaldurJsonContext.Default.PatchedIdentityProviderRequest);

        WaldurMockServer.ShouldBeJson(json, """{"is_active":false,"extra_fields":null}""");
    }
}
