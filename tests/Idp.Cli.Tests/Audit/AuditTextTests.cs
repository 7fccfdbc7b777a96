using Idp.Cli.Audit;

namespace Idp.Cli.Tests.Audit;

public sealed class AuditTextTests
{
    [Theory]
    [InlineData("http://idp.example/token", "http://idp.example/token")]
    [InlineData("http://user:pa55@idp.example:8080/x", "http://***@idp.example:8080/x")]
    [InlineData("http://user@idp.example", "http://***@idp.example")]
    [InlineData("ldap://cn=admin:pw@dc.example:389", "ldap://***@dc.example:389")]
    [InlineData("http://idp.example/cb?token=abc&tenant=corp#access_token=xyz&state=1", "http://idp.example/cb?token=***&tenant=corp#access_token=***&state=1")]
    [InlineData("http://idp.example/p?a=1&client%5Fsecret=s&flag", "http://idp.example/p?a=1&client%5Fsecret=***&flag")]
    [InlineData("http://idp.example/path@not-userinfo", "http://idp.example/path@not-userinfo")]
    [InlineData("not a url", "not a url")]
    [InlineData("", "")]
    [InlineData("http://", "http://")]
    [InlineData("/relative?key=k", "/relative?key=***")]
    public void Urls_keep_everything_but_credentials_and_secret_parameters(string url, string expected) =>
        AuditText.SafeUrl(url).Should().Be(expected);

    [Fact]
    public void Lists_name_at_most_five_items()
    {
        AuditText.List(["a"]).Should().Be("a");
        AuditText.List(["a", "b", "c", "d", "e"]).Should().Be("a, b, c, d, e");
        AuditText.List(["a", "b", "c", "d", "e", "f"]).Should().Be("a, b, c, d, e and 1 more");
    }

    [Fact]
    public void Flags_show_unset() =>
        new[] { AuditText.Flag(true), AuditText.Flag(false), AuditText.Flag(null) }.Should().Equal("true", "false", "unset");
}
