using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>A provider name is exactly one path segment: no name reaches another URL.</summary>
public sealed class PathEscapingTests : IDisposable
{
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public async Task Slash_question_mark_percent_hash_and_dots_inside_a_name_stay_inside_its_segment()
    {
        _mock.Server
            .Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(WaldurJson.Provider("x").ToJsonString()));
        var (client, recorder, http) = _mock.CreateRecordingClient();
        using var owned = http;
        using var disposeClient = client;
        var providers = client.IdentityProviders;

        await providers.RetrieveAsync("a/b?c=d#e");
        await providers.PartialUpdateAsync("100%", new PatchedIdentityProviderRequest { Label = "x" });
        await providers.RetrieveAsync("%41%2F");
        await providers.RetrieveAsync("...");
        await providers.RetrieveAsync("a\\b..c");
        await providers.RetrieveAsync("kéy cloak");

        recorder.Uris.Select(u => u.PathAndQuery).Should().Equal(
            "/api/identity-providers/a%2Fb%3Fc%3Dd%23e/",
            "/api/identity-providers/100%25/",
            "/api/identity-providers/%2541%252F/",
            "/api/identity-providers/.../",
            "/api/identity-providers/a%5Cb..c/",
            "/api/identity-providers/k%C3%A9y%20cloak/");
        _mock.Requests.Should().OnlyContain(r => string.IsNullOrEmpty(r.RawQuery), "nothing leaks into the query string");
        _mock.Requests.Should().OnlyContain(r => r.AbsolutePath.StartsWith("/api/identity-providers/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../../admin")]
    [InlineData("a/./b")]
    [InlineData("..\\users")]
    [InlineData("%2e%2e")]
    [InlineData("%252E%252E%252Fadmin")]
    public async Task Dot_segments_cannot_be_escaped_and_are_rejected_before_sending(string name)
    {
        using var client = _mock.CreateClient();
        var providers = client.IdentityProviders;

        var retrieve = () => providers.RetrieveAsync(name);
        var delete = () => providers.DeleteAsync(name);
        var update = () => providers.PartialUpdateAsync(name, new PatchedIdentityProviderRequest { Label = "x" });
        var put = () => providers.UpdateAsync(name, new IdentityProviderRequest { Provider = "ok", ClientId = "c", ClientSecret = "s", DiscoveryUrl = "https://d", Label = "l" });

        (await retrieve.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("provider");
        await delete.Should().ThrowAsync<ArgumentException>().WithMessage("*would address another URL*");
        await update.Should().ThrowAsync<ArgumentException>();
        await put.Should().ThrowAsync<ArgumentException>();
        _mock.Requests.Should().BeEmpty();
    }
}
