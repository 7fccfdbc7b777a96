using System.Net;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Waldur;

/// <summary>Django REST framework's page-number pagination with Waldur's headers.</summary>
public sealed class WaldurPaginationTests : WaldurEmulatorTestBase
{
    private const int SeedCount = 650;

    protected override void Configure(EmulatorOptions options) => options.WaldurSeedCount = SeedCount;

    private static IEnumerable<string> Names(JsonNode body) => body.AsArray().Select(p => p!["provider"]!.GetValue<string>());

    private string Url(string query) => new Uri(Emulator.Waldur.BaseUrl, Collection + query).ToString();

    [Fact]
    public async Task Pages_walk_every_provider_once_with_count_and_link_headers()
    {
        var names = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var (response, body) = await GetAsync($"{Collection}?page={page}&page_size=300");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            Header(response, "x-result-count").Should().Be("650");
            names.AddRange(Names(body));
        }

        names.Should().HaveCount(SeedCount).And.OnlyHaveUniqueItems();
        names.Should().StartWith(["keycloak", "tara"]);
    }

    [Fact]
    public async Task Link_headers_name_first_prev_next_and_last_as_absolute_urls()
    {
        var (first, _) = await GetAsync(Collection + "?page_size=300");
        var (middle, _) = await GetAsync(Collection + "?page=2&page_size=300");
        var (last, _) = await GetAsync(Collection + "?page_size=300&page=3");

        Header(first, "Link").Should().Be($"<{Url("?page=2&page_size=300")}>; rel=\"next\", <{Url("?page=3&page_size=300")}>; rel=\"last\"");
        Header(middle, "Link").Should().Be(
            $"<{Url("?page_size=300")}>; rel=\"first\", <{Url("?page_size=300")}>; rel=\"prev\", <{Url("?page=3&page_size=300")}>; rel=\"next\", <{Url("?page=3&page_size=300")}>; rel=\"last\"");
        Header(last, "Link").Should().Be($"<{Url("?page_size=300")}>; rel=\"first\", <{Url("?page=2&page_size=300")}>; rel=\"prev\"");
    }

    [Fact]
    public async Task A_page_size_above_the_cap_still_pages_with_links()
    {
        var (all, body) = await GetAsync(Collection + "?page_size=1000");

        body.AsArray().Should().HaveCount(300);
        Header(all, "Link").Should().Contain("rel=\"next\"", "page_size is capped at 300, so 650 providers still take three pages");
    }

    [Fact]
    public async Task The_default_page_size_is_10_and_page_size_is_capped_at_300()
    {
        var (defaults, body) = await GetAsync(Collection);
        var (capped, cappedBody) = await GetAsync(Collection + "?page_size=5000");
        var (ignored, ignoredBody) = await GetAsync(Collection + "?page_size=zero");

        defaults.StatusCode.Should().Be(HttpStatusCode.OK);
        body.AsArray().Should().HaveCount(10);
        cappedBody.AsArray().Should().HaveCount(300);
        Header(capped, "Link").Should().Contain("page_size=5000", "links repeat the request's own parameters");
        ignoredBody.AsArray().Should().HaveCount(10);
        ignored.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("page=4&page_size=300")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("page=-1")]
    public async Task A_page_past_the_end_or_not_a_number_is_404_invalid_page(string query)
    {
        var (response, body) = await GetAsync(Collection + "?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body["detail"]!.GetValue<string>().Should().Be("Invalid page.");
    }

    [Fact]
    public async Task Page_last_is_the_last_page()
    {
        var (response, body) = await GetAsync(Collection + "?page=last&page_size=300");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.AsArray().Should().HaveCount(50);
    }

    [Fact]
    public async Task Head_returns_the_count_without_a_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Collection);
        var response = await Waldur.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Header(response, "x-result-count").Should().Be("650");
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }
}
