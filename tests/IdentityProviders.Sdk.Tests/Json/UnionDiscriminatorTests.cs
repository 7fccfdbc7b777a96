using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Tests.Json;

public class UnionDiscriminatorTests
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "ldap", "google", "oidc", "github", "saml" };
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "options", "providerOptions" };

    private static Utf8JsonReader ReaderAtStart(string json, bool isFinalBlock = true)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), isFinalBlock, default);
        reader.Read().Should().BeTrue();
        return reader;
    }

    [Theory]
    [InlineData("""{"type":"oidc"}""", "oidc")]
    [InlineData("""{"a":1,"b":[1,{"type":"inner"}],"type":"saml"}""", "saml")]
    [InlineData("""{"config":{"type":"inner"},"type":"outer"}""", "outer")]
    [InlineData("""{"type":1}""", null)]
    [InlineData("""{"types":"x"}""", null)]
    [InlineData("""{}""", null)]
    public void FindStringProperty_reads_the_top_level_property(string json, string? expected)
    {
        UnionDiscriminator.FindStringProperty(ReaderAtStart(json), "type").Should().Be(expected);
    }

    [Fact]
    public void FindStringProperty_works_on_partial_data_holding_the_whole_object()
    {
        // What a converter gets while JsonSerializer streams: the object is buffered, but the block is not final.
        UnionDiscriminator.FindStringProperty(ReaderAtStart("""{"config":{"a":[1,2]},"type":"oidc"}""", isFinalBlock: false), "type").Should().Be("oidc");
    }

    [Fact]
    public void FindStringProperty_does_not_advance_the_callers_reader()
    {
        var reader = ReaderAtStart("""{"x":1,"type":"oidc"}""");

        UnionDiscriminator.FindStringProperty(reader, "type");

        reader.TokenType.Should().Be(JsonTokenType.StartObject);
        reader.BytesConsumed.Should().Be(1);
    }

    [Fact]
    public void FindStringProperty_needs_a_reader_on_an_object_start()
    {
        var reader = new Utf8JsonReader("""["type"]"""u8);
        reader.Read();

        UnionDiscriminator.FindStringProperty(reader, "type").Should().BeNull();
    }

    [Theory]
    [InlineData("""{"id":"1","config":{"ldap":{"host":"h"}}}""", "ldap")]
    [InlineData("""{"config":{"google":null,"oidc":{"issuer":"i"}},"id":"1"}""", "oidc")]
    [InlineData("""{"config":{"options":{"isLinkingAllowed":true},"saml":{}}}""", "saml")]
    [InlineData("""{"config":{"providerOptions":{},"options":{},"newKind":{"x":1}}}""", "newKind")]
    [InlineData("""{"config":{"newKind":{},"github":{}}}""", "github")]
    [InlineData("""{"config":{"options":{},"google":null}}""", null)]
    [InlineData("""{"config":{}}""", null)]
    [InlineData("""{"config":null,"ldap":{}}""", null)]
    [InlineData("""{"id":"1","details":{"config":{"ldap":{}}}}""", null)]
    [InlineData("""{"before":{"config":{"google":{}}},"config":{"ldap":{}}}""", "ldap")]
    public void FindPresentKey_picks_the_present_key_inside_the_container(string json, string? expected)
    {
        UnionDiscriminator.FindPresentKey(ReaderAtStart(json), Keys, "config", Ignored).Should().Be(expected);
    }

    [Theory]
    [InlineData("""{"google":{}}""", "google")]
    [InlineData("""{"options":{},"saml":{"x":1}}""", "saml")]
    [InlineData("""{"options":{}}""", null)]
    public void FindPresentKey_without_a_container_looks_at_the_object_itself(string json, string? expected)
    {
        UnionDiscriminator.FindPresentKey(ReaderAtStart(json), Keys, ignored: Ignored).Should().Be(expected);
    }

    [Fact]
    public void FindPresentKey_without_an_ignored_set_reports_the_first_unknown_key()
    {
        UnionDiscriminator.FindPresentKey(ReaderAtStart("""{"config":{"options":{},"x":{}}}"""), Keys, "config").Should().Be("options");
    }

    [Fact]
    public void FindPresentKey_works_on_partial_data_holding_the_whole_object()
    {
        UnionDiscriminator.FindPresentKey(ReaderAtStart("""{"id":{"a":[1]},"config":{"options":{"a":1},"oidc":{}}}""", isFinalBlock: false), Keys, "config", Ignored)
            .Should().Be("oidc");
    }
}
