using System.Net;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Keycard;

public sealed class KeycardPaginationTests : EmulatorTestBase
{
    private const int SeedCount = 250;

    protected override void Configure(EmulatorOptions options) => options.KeycardSeedCount = SeedCount;

    [Fact]
    public async Task Forward_pagination_with_after_returns_every_item_once_in_order()
    {
        var pages = await WalkForwardAsync("limit=100", "after");

        pages.Select(p => Items(p).Count).Should().Equal(100, 100, 50);
        pages.Select(p => p["page_info"]!["has_next_page"]!.GetValue<bool>()).Should().Equal(true, true, false);
        pages.Select(p => p["page_info"]!["has_previous_page"]!.GetValue<bool>()).Should().Equal(false, true, true);
        pages[^1]["pagination"]!["after_cursor"].Should().BeNull();
        pages[0]["pagination"]!["before_cursor"].Should().BeNull();

        var ids = pages.SelectMany(Ids).ToList();
        ids.Should().HaveCount(SeedCount).And.OnlyHaveUniqueItems();
        ids.Should().Equal(Enumerable.Range(1, SeedCount).Select(i => $"prv_seed{i:D16}"));
    }

    [Fact]
    public async Task Cursors_are_consistent_with_the_page()
    {
        var (_, first) = await GetAsync($"{Providers}?limit=10");
        var (_, second) = await GetAsync($"{Providers}?limit=10&after={first["page_info"]!["end_cursor"]}");

        first["pagination"]!["after_cursor"]!.GetValue<string>().Should().Be(first["page_info"]!["end_cursor"]!.GetValue<string>());
        second["pagination"]!["before_cursor"]!.GetValue<string>().Should().Be(second["page_info"]!["start_cursor"]!.GetValue<string>());
        Ids(second).First().Should().Be("prv_seed0000000000000011");
    }

    [Fact]
    public async Task The_legacy_cursor_parameter_means_after()
    {
        var pages = await WalkForwardAsync("limit=100", "cursor");

        pages.SelectMany(Ids).Should().HaveCount(SeedCount).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Backward_pagination_with_before_returns_the_preceding_items_in_ascending_order()
    {
        var (_, last) = await GetAsync($"{Providers}?limit=100&after={EncodeFrom(await EndCursorOfFirstPagesAsync(2))}");
        Ids(last).First().Should().Be("prv_seed0000000000000201");

        var (_, middle) = await GetAsync($"{Providers}?limit=100&before={last["page_info"]!["start_cursor"]}");
        var (_, first) = await GetAsync($"{Providers}?limit=100&before={middle["page_info"]!["start_cursor"]}");

        Ids(middle).Should().Equal(Enumerable.Range(101, 100).Select(i => $"prv_seed{i:D16}"));
        middle["page_info"]!["has_previous_page"]!.GetValue<bool>().Should().BeTrue();
        middle["page_info"]!["has_next_page"]!.GetValue<bool>().Should().BeTrue();
        Ids(first).Should().Equal(Enumerable.Range(1, 100).Select(i => $"prv_seed{i:D16}"));
        first["page_info"]!["has_previous_page"]!.GetValue<bool>().Should().BeFalse();
        first["pagination"]!["before_cursor"].Should().BeNull();
        first["pagination"]!["after_cursor"]!.GetValue<string>().Should().Be(first["page_info"]!["end_cursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Before_near_the_start_returns_a_short_page()
    {
        var (_, firstThree) = await GetAsync($"{Providers}?limit=3");
        var cursorOfThird = firstThree["page_info"]!["end_cursor"]!.GetValue<string>();

        var (_, before) = await GetAsync($"{Providers}?limit=10&before={cursorOfThird}");

        Ids(before).Should().Equal("prv_seed0000000000000001", "prv_seed0000000000000002");
        before["page_info"]!["has_previous_page"]!.GetValue<bool>().Should().BeFalse();
        before["page_info"]!["has_next_page"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task After_the_last_item_the_page_is_empty()
    {
        var (_, last) = await GetAsync($"{Providers}?slug=atlassian-16");
        Ids(last).Should().Equal($"prv_seed{SeedCount:D16}");

        var (response, page) = await GetAsync($"{Providers}?after={last["page_info"]!["end_cursor"]}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Items(page).Should().BeEmpty();
        page["page_info"]!["has_next_page"]!.GetValue<bool>().Should().BeFalse();
        page["page_info"]!["has_previous_page"]!.GetValue<bool>().Should().BeTrue();
        page["page_info"]!["start_cursor"].Should().BeNull();
        page["pagination"]!["after_cursor"].Should().BeNull();
    }

    [Fact]
    public async Task A_cursor_stays_valid_after_its_item_is_deleted()
    {
        var (_, first) = await GetAsync($"{Providers}?limit=10");

        using var delete = await Keycard.DeleteAsync($"{Providers}/{Ids(first)[^1]}");
        var (response, next) = await GetAsync($"{Providers}?limit=2&after={first["page_info"]!["end_cursor"]}");

        delete.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Ids(next).Should().Equal("prv_seed0000000000000011", "prv_seed0000000000000012");
    }

    [Fact]
    public async Task Default_limit_is_100_and_total_count_is_omitted_unless_expanded()
    {
        var (_, page) = await GetAsync(Providers);

        Items(page).Should().HaveCount(100);
        page["pagination"]!.AsObject().Should().NotContainKey("total_count");
        page["pagination"]!.AsObject().Should().ContainKey("before_cursor").WhoseValue.Should().BeNull();
    }

    [Theory]
    [InlineData("expand=total_count")]
    [InlineData("expand[]=total_count")]
    [InlineData("expand%5B%5D=total_count")]
    [InlineData("expand[]=total_count&expand[]=total_count")]
    public async Task Expand_total_count_in_either_spelling(string expand)
    {
        var (response, page) = await GetAsync($"{Providers}?limit=1&{expand}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page["pagination"]!["total_count"]!.GetValue<int>().Should().Be(SeedCount);
    }

    [Fact]
    public async Task Unknown_expand_value_is_400()
    {
        var (response, body) = await GetAsync($"{Providers}?expand[]=everything");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(body, 400, "invalid_request").Should().Contain("expand");
    }

    [Fact]
    public async Task Filters_by_type_and_paginate_within_the_filter()
    {
        var (_, all) = await GetAsync($"{Providers}?type=external&limit=100&expand=total_count");
        var externalTotal = all["pagination"]!["total_count"]!.GetValue<int>();
        var pages = await WalkForwardAsync("type=keycard-sts&limit=5", "after");

        Items(all).Should().OnlyContain(p => p!["type"]!.GetValue<string>() == "external");
        externalTotal.Should().BeGreaterThan(SeedCount / 2).And.BeLessThan(SeedCount);
        pages.SelectMany(Items).Should().NotBeEmpty().And.OnlyContain(p => p!["type"]!.GetValue<string>() == "keycard-sts");
        pages[^1]["page_info"]!["has_next_page"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Filters_by_slug_and_identifier()
    {
        var (_, bySlug) = await GetAsync($"{Providers}?slug=okta-2");
        var (_, byIdentifier) = await GetAsync($"{Providers}?identifier={Uri.EscapeDataString("https://acme.okta.com")}");
        var (_, none) = await GetAsync($"{Providers}?slug=no-such-slug&expand=total_count");

        Items(bySlug).Should().ContainSingle().Which!["name"]!.GetValue<string>().Should().Be("Okta 2");
        Items(byIdentifier).Should().ContainSingle().Which!["slug"]!.GetValue<string>().Should().Be("okta");
        Items(none).Should().BeEmpty();
        none["pagination"]!["total_count"]!.GetValue<int>().Should().Be(0);
        none["page_info"]!.AsObject().Should().ContainKey("start_cursor").WhoseValue.Should().BeNull();
        none["page_info"]!.AsObject().Should().ContainKey("end_cursor").WhoseValue.Should().BeNull();
        none["page_info"]!["has_next_page"]!.GetValue<bool>().Should().BeFalse();
        none["page_info"]!["has_previous_page"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task An_unknown_zone_is_an_empty_zone()
    {
        var (response, page) = await GetAsync("zones/zone_nobody/providers?expand=total_count");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Items(page).Should().BeEmpty();
        page["pagination"]!["total_count"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Seed_data_is_deterministic_and_varied()
    {
        var (_, page) = await GetAsync($"{Providers}?limit=16");
        var items = Items(page);

        items[0]!["name"]!.GetValue<string>().Should().Be("Okta");
        items[0]!["protocols"]!["oauth2"]!["issuer"]!.GetValue<string>().Should().StartWith("https://");
        items.Select(p => p!["type"]!.GetValue<string>()).Should().Contain(["external", "keycard-vault", "keycard-sts"]);
        items.Select(p => p!["owner_type"]!.GetValue<string>()).Should().Contain(["customer", "platform"]);
        items.Should().Contain(p => p!["client_secret_set"]!.GetValue<bool>());
        items.Should().Contain(p => p!["protocols"] != null && p["protocols"]!["openid"] != null);
        items.Select(p => p!["name"]!.GetValue<string>()).Should().Contain(["Google Workspace", "Microsoft Entra ID", "GitHub", "Auth0", "Slack", "Salesforce"]);

        await using var other = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { KeycardSeedCount = SeedCount });
        using var client = new HttpClient { BaseAddress = other.Keycard.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new("Bearer", other.Keycard.Token);
        var again = JsonNode.Parse(await client.GetStringAsync($"{Providers}?limit=16"));
        JsonNode.DeepEquals(again!["items"], page["items"]).Should().BeTrue();
    }

    [Theory]
    [InlineData("limit=0", "limit must be between 1 and 100")]
    [InlineData("limit=101", "limit must be between 1 and 100")]
    [InlineData("limit=1000", "limit must be between 1 and 100")]
    [InlineData("limit=abc", "limit must be between 1 and 100")]
    [InlineData("after=%%%", "after is not a valid cursor")]
    [InlineData("after=bm90LWEtY3Vyc29y", "after is not a valid cursor")]
    [InlineData("after=", "after must be between 1 and 255 characters")]
    [InlineData("before=!!", "before is not a valid cursor")]
    [InlineData("cursor=!!", "cursor is not a valid cursor")]
    [InlineData("type=saml", "type must be one of: external, keycard-vault, keycard-sts")]
    [InlineData("after=cHJ2OjE&before=cHJ2OjI", "after and before cannot be used together")]
    public async Task Invalid_list_queries_are_400(string query, string expectedMessage)
    {
        var (response, body) = await GetAsync($"{Providers}?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(body, 400, "invalid_request").Should().Be(expectedMessage);
    }

    [Fact]
    public async Task A_cursor_longer_than_255_characters_is_400()
    {
        var (response, body) = await GetAsync($"{Providers}?after={new string('a', 256)}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldBeKeycardError(body, 400, "invalid_request").Should().Be("after must be between 1 and 255 characters");
    }

    private async Task<List<JsonNode>> WalkForwardAsync(string query, string cursorParameter)
    {
        var pages = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var path = cursor is null ? $"{Providers}?{query}" : $"{Providers}?{query}&{cursorParameter}={Uri.EscapeDataString(cursor)}";
            var (response, page) = await GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            pages.Add(page);
            pages.Count.Should().BeLessThan(100, "pagination must terminate");
            cursor = page["page_info"]!["has_next_page"]!.GetValue<bool>() ? page["page_info"]!["end_cursor"]!.GetValue<string>() : null;
        }
        while (cursor is not null);

        return pages;
    }

    private async Task<string> EndCursorOfFirstPagesAsync(int pageCount)
    {
        var pages = await WalkForwardAsync("limit=100", "after");
        return pages[pageCount - 1]["page_info"]!["end_cursor"]!.GetValue<string>();
    }

    private static string EncodeFrom(string cursor) => Uri.EscapeDataString(cursor);

    private static JsonArray Items(JsonNode page) => page["items"]!.AsArray();

    private static List<string> Ids(JsonNode page) => Items(page).Select(p => p!["id"]!.GetValue<string>()).ToList();
}
