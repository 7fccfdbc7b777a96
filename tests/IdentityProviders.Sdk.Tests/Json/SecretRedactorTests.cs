using System.Text.Json;
using IdentityProviders.Sdk.Json;

namespace IdentityProviders.Sdk.Tests.Json;

public class SecretRedactorTests
{
    private const string Mask = "\"***REDACTED***\"";

    [Theory]
    [InlineData("client_secret")]
    [InlineData("clientSecret")]
    [InlineData("Client-Secret")]
    [InlineData("secret")]
    [InlineData("password")]
    [InlineData("bind_password")]
    [InlineData("bindPassword")]
    [InlineData("private_key")]
    [InlineData("privateKey")]
    [InlineData("token")]
    [InlineData("access_token")]
    [InlineData("scim_secret")]
    [InlineData("api_key")]
    public void Redacts_secret_names_at_any_depth(string name)
    {
        var json = $$$"""{"{{{name}}}":"top","a":{"b":{"{{{name}}}":"deep"}},"list":[{"{{{name}}}":"in-array"},{"other":{"{{{name}}}":"in-unknown"}}]}""";

        var redacted = SecretRedactor.RedactText(json);

        redacted.Should().Be($$$"""{"{{{name}}}":{{{Mask}}},"a":{"b":{"{{{name}}}":{{{Mask}}}}},"list":[{"{{{name}}}":{{{Mask}}}},{"other":{"{{{name}}}":{{{Mask}}}}}]}""");
    }

    [Fact]
    public void Keeps_presence_booleans_nulls_and_ordinary_fields()
    {
        const string json = """{"client_secret_set":true,"secret":null,"password":false,"name":"n","count":3,"tokens_issued":5,"keys":["a"]}""";

        SecretRedactor.RedactText(json).Should().Be(json);
    }

    [Fact]
    public void Redacts_non_string_secret_values_entirely()
    {
        SecretRedactor.RedactText("""{"private_key":{"kty":"RSA","d":"x"},"token":12345,"secret":["a","b"]}""")
            .Should().Be($$"""{"private_key":{{Mask}},"token":{{Mask}},"secret":{{Mask}}}""");
    }

    [Fact]
    public void Redacts_a_json_element_without_changing_the_original()
    {
        using var document = JsonDocument.Parse("""{"config":{"oidc":{"client_id":"id-1","client_secret":"s3cr3t"}}}""");

        var redacted = SecretRedactor.Redact(document.RootElement);

        redacted.GetRawText().Should().Be("""{"config":{"oidc":{"client_id":"id-1","client_secret":"***REDACTED***"}}}""");
        document.RootElement.GetRawText().Should().Contain("s3cr3t");
    }

    [Theory]
    [InlineData("client_secret=abc123&grant_type=x")]
    [InlineData("<html>password: hunter2</html>")]
    [InlineData("{\"client_secret\":\"trunc")]
    public void Text_that_is_not_json_is_replaced_by_a_placeholder(string text)
    {
        SecretRedactor.RedactText(text).Should().Be($"<{text.Length} characters of non-JSON content omitted>");
    }

    [Fact]
    public void A_top_level_array_is_redacted()
    {
        SecretRedactor.RedactText("""[{"password":"p"},1,"password"]""").Should().Be($$"""[{"password":{{Mask}}},1,"password"]""");
    }

    [Theory]
    [InlineData("client_secret", true)]
    [InlineData("X-Auth-Key", true)]
    [InlineData("authorization", true)]
    [InlineData("client_secret_set", false)]
    [InlineData("client_id", false)]
    [InlineData("name", false)]
    [InlineData("tokens_issued", false)]
    public void IsSecretName(string name, bool expected)
    {
        SecretRedactor.IsSecretName(name).Should().Be(expected);
    }
}
