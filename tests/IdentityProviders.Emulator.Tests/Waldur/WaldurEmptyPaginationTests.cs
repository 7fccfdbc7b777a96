using System.Net;

namespace IdentityProviders.Emulator.Tests.Waldur;

/// <summary>An empty deployment: the first page exists and is empty; the second does not.</summary>
public sealed class WaldurEmptyPaginationTests : WaldurEmulatorTestBase
{
    protected override void Configure(EmulatorOptions options) => options.WaldurSeedCount = 0;

    [Fact]
    public async Task A_single_page_has_no_link_header()
    {
        await SendJsonAsync(HttpMethod.Post, Collection, Body("only"));

        var (response, body) = await GetAsync(Collection);

        body.AsArray().Should().ContainSingle();
        Header(response, "x-result-count").Should().Be("1");
        response.Headers.Contains("Link").Should().BeFalse();
    }

    [Fact]
    public async Task The_first_page_of_nothing_is_an_empty_array_and_page_two_is_invalid()
    {
        var (first, body) = await GetAsync(Collection);
        var (second, error) = await GetAsync(Collection + "?page=2");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        body.AsArray().Should().BeEmpty();
        Header(first, "x-result-count").Should().Be("0");
        first.Headers.Contains("Link").Should().BeFalse();
        second.StatusCode.Should().Be(HttpStatusCode.NotFound);
        error["detail"]!.GetValue<string>().Should().Be("Invalid page.");
    }
}
