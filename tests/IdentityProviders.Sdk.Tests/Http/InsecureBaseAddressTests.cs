using IdentityProviders.Sdk.Tests.TestSupport;

namespace IdentityProviders.Sdk.Tests.Http;

public sealed class InsecureBaseAddressTests
{
    [Theory]
    [InlineData("http://api.example.com/")]
    [InlineData("http://10.0.0.5:8080/api")]
    [InlineData("HTTP://Idp.Example.Org")]
    public void Plain_http_to_a_remote_host_is_refused(string url)
    {
        var problems = new TestClientOptions { BaseAddress = new Uri(url) }.Validate().ToList();

        problems.Should().ContainSingle(p => p.Contains("plain http://", StringComparison.Ordinal) && p.Contains("AllowInsecureHttp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    [InlineData("https://api.example.com/")]
    public void Loopback_and_https_are_accepted(string url) =>
        new TestClientOptions { BaseAddress = new Uri(url) }.Validate().Should().BeEmpty();

    [Fact]
    public void AllowInsecureHttp_accepts_a_remote_plain_http_host() =>
        new TestClientOptions { BaseAddress = new Uri("http://api.example.com/"), AllowInsecureHttp = true }.Validate().Should().BeEmpty();

    [Fact]
    public void The_message_names_the_host_but_never_credentials_in_the_url()
    {
        var problem = new TestClientOptions { BaseAddress = new Uri("http://user:pa55word@api.example.com/x?token=abc") }.Validate().Single();

        problem.Should().Contain("api.example.com").And.NotContain("pa55word").And.NotContain("token=abc");
    }
}
