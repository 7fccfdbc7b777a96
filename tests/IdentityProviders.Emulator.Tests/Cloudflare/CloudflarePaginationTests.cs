using System.Net;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Cloudflare;

public sealed class CloudflarePaginationTests : CloudflareEmulatorTestBase
{
    private const int SeedCount = 105;

    protected override void Configure(EmulatorOptions options) => options.CloudflareSeedCount = SeedCount;

    private static JsonObject Info(JsonNode body) => body["result_info"]!.AsObject();

    [Fact]
    public async Task Pages_walk_every_item_once_in_order_with_exact_result_info()
    {
        var ids = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var (response, body) = await GetAsync($"{AccountPath}?page={page}&per_page=50");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var expectedCount = page < 3 ? 50 : 5;
            JsonNode.DeepEquals(Info(body), new JsonObject
            {
                ["page"] = page,
                ["per_page"] = 50,
                ["count"] = expectedCount,
                ["total_count"] = SeedCount,
                ["total_pages"] = 3,
            }).Should().BeTrue(Info(body).ToJsonString());
            ids.AddRange(body["result"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        }

        ids.Should().Equal(Enumerable.Range(1, SeedCount).Select(i => $"a0000000-0000-4000-8000-{i:D12}"));
    }

    [Fact]
    public async Task Without_parameters_the_first_page_has_the_default_size()
    {
        var (_, body) = await GetAsync(ZonePath);

        body["result"]!.AsArray().Should().HaveCount(20);
        Info(body)["page"]!.GetValue<int>().Should().Be(1);
        Info(body)["per_page"]!.GetValue<int>().Should().Be(20);
        Info(body)["total_pages"]!.GetValue<int>().Should().Be(6);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_with_the_totals()
    {
        var (response, body) = await GetAsync($"{AccountPath}?page=9&per_page=50");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["result"]!.AsArray().Should().BeEmpty();
        Info(body)["count"]!.GetValue<int>().Should().Be(0);
        Info(body)["total_count"]!.GetValue<int>().Should().Be(SeedCount);
    }

    [Theory]
    [InlineData("per_page=0")]
    [InlineData("per_page=1001")]
    [InlineData("per_page=abc")]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("scim_enabled=maybe")]
    public async Task Out_of_range_parameters_are_rejected(string query)
    {
        var (response, body) = await GetAsync($"{AccountPath}?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeFailure(body, 12130);
    }

    [Fact]
    public async Task The_scim_filter_counts_only_providers_with_scim_enabled()
    {
        var (_, all) = await GetAsync($"{AccountPath}?per_page=1000");
        var expected = all["result"]!.AsArray().Count(p => p!["scim_config"]?["enabled"]?.GetValue<bool>() == true);

        var (_, filtered) = await GetAsync($"{AccountPath}?per_page=1000&scim_enabled=true");

        expected.Should().BeGreaterThan(0);
        filtered["result"]!.AsArray().Should().HaveCount(expected).And.OnlyContain(p => p!["scim_config"]!["enabled"]!.GetValue<bool>());
        Info(filtered)["total_count"]!.GetValue<int>().Should().Be(expected);
        var (_, unfiltered) = await GetAsync($"{AccountPath}?per_page=1000&scim_enabled=false");
        unfiltered["result"]!.AsArray().Should().HaveCount(SeedCount);
    }
}
