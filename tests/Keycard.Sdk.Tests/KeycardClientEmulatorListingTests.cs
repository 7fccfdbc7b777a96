using IdentityProviders.Sdk;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;

namespace Keycard.Sdk.Tests;

/// <summary>Listing, filters, authentication and client credentials against the stateful emulator (seeded zone, read-only).</summary>
public sealed class KeycardClientEmulatorListingTests(KeycardEmulatorFixture fixture) : IClassFixture<KeycardEmulatorFixture>
{
    private string Zone => fixture.Keycard.ZoneId;

    private static async Task<List<Page<T>>> PagesAsync<T>(IAsyncEnumerable<Page<T>> pages)
    {
        var result = new List<Page<T>>();
        await foreach (var page in pages)
        {
            result.Add(page);
        }

        return result;
    }

    private async Task<List<Provider>> AllAsync(KeycardClient client)
    {
        var items = new List<Provider>();
        await foreach (var provider in client.Zones.Providers.ListAsync(Zone, new ProviderListOptions { Limit = 100 }))
        {
            items.Add(provider);
        }

        return items;
    }

    [Fact]
    public async Task The_250_seeded_providers_come_back_exactly_once_in_three_pages_of_100()
    {
        using var client = fixture.CreateClient();

        var pages = await PagesAsync(client.Zones.Providers.ListAsync(Zone, new ProviderListOptions { Limit = 100 }).AsPages());

        pages.Select(p => p.Values.Count).Should().Equal(100, 100, 50);
        pages[0].ContinuationToken.Should().NotBeNullOrEmpty();
        pages[1].ContinuationToken.Should().NotBeNullOrEmpty().And.NotBe(pages[0].ContinuationToken);
        pages[2].ContinuationToken.Should().BeNull();
        pages.Should().OnlyContain(p => p.RequestId != null && p.RequestId.StartsWith("req_", StringComparison.Ordinal));
        var ids = pages.SelectMany(p => p.Values).Select(p => p.Id).ToList();
        ids.Should().HaveCount(KeycardEmulatorFixture.SeedCount).And.OnlyHaveUniqueItems();
        pages.SelectMany(p => p.Values).Should().OnlyContain(p => p.ZoneId == Zone);
    }

    [Fact]
    public async Task The_default_page_size_lists_everything_too()
    {
        using var client = fixture.CreateClient();

        var ids = new List<string>();
        await foreach (var provider in client.Zones.Providers.ListAsync(Zone))
        {
            ids.Add(provider.Id);
        }

        ids.Should().HaveCount(KeycardEmulatorFixture.SeedCount).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Expand_total_count_reports_the_zone_size()
    {
        using var client = fixture.CreateClient();

        var page = await client.Zones.Providers.ListPageAsync(Zone, new ProviderListOptions { Limit = 3, Expand = [ProviderListExpand.TotalCount] });

        page.Items.Should().HaveCount(3);
        page.Pagination!.TotalCount.Should().Be(KeycardEmulatorFixture.SeedCount);
        page.PageInfo.HasNextPage.Should().BeTrue();
        page.PageInfo.HasPreviousPage.Should().BeFalse();
        page.PageInfo.StartCursor.Should().NotBeNullOrEmpty();
        page.PageInfo.EndCursor.Should().NotBeNullOrEmpty();
        page.Pagination.AfterCursor.Should().Be(page.PageInfo.EndCursor);
    }

    [Fact]
    public async Task Backward_listing_from_the_last_item_returns_the_rest_in_pages_towards_the_start()
    {
        using var client = fixture.CreateClient();
        var forward = await AllAsync(client);
        var page1 = await client.Zones.Providers.ListPageAsync(Zone, new ProviderListOptions { Limit = 100 });
        var page2 = await client.Zones.Providers.ListPageAsync(Zone, new ProviderListOptions { Limit = 100, After = page1.PageInfo.EndCursor });
        var page3 = await client.Zones.Providers.ListPageAsync(Zone, new ProviderListOptions { Limit = 100, After = page2.PageInfo.EndCursor });
        page3.PageInfo.HasNextPage.Should().BeFalse();
        var lastCursor = page3.PageInfo.EndCursor;

        var pages = await PagesAsync(client.Zones.Providers.ListAsync(Zone, new ProviderListOptions { Limit = 100, Before = lastCursor }).AsPages());

        var forwardIds = forward.Select(p => p.Id).ToList();
        pages.Select(p => p.Values.Select(v => v.Id)).Should().BeEquivalentTo(
            new[] { forwardIds.GetRange(149, 100), forwardIds.GetRange(49, 100), forwardIds.GetRange(0, 49) },
            o => o.WithStrictOrdering());
        pages[^1].ContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task Filters_are_applied_by_the_server()
    {
        using var client = fixture.CreateClient();
        var all = await AllAsync(client);
        var vaults = all.Where(p => p.Type == KeycardProviderType.KeycardVault).Select(p => p.Id).ToList();
        var someone = all[7];

        var byType = new List<string>();
        await foreach (var provider in client.Zones.Providers.ListAsync(Zone, new ProviderListOptions { Type = KeycardProviderType.KeycardVault, Limit = 5 }))
        {
            byType.Add(provider.Id);
        }

        var bySlug = await client.Zones.Providers.ListPageAsync(Zone, new ProviderListOptions { Slug = someone.Slug });
        var byIdentifier = await client.Zones.Providers.ListPageAsync(Zone, new ProviderListOptions { Identifier = someone.Identifier });

        vaults.Should().NotBeEmpty();
        byType.Should().Equal(vaults);
        bySlug.Items.Should().ContainSingle().Which.Id.Should().Be(someone.Id);
        byIdentifier.Items.Should().ContainSingle().Which.Id.Should().Be(someone.Id);
    }

    [Fact]
    public async Task Retrieve_returns_the_same_provider_as_the_listing()
    {
        using var client = fixture.CreateClient();
        var listed = (await client.Zones.Providers.ListPageAsync(Zone, new ProviderListOptions { Limit = 1 })).Items.Single();

        var retrieved = await client.Zones.Providers.RetrieveAsync(Zone, listed.Id);

        retrieved.Should().BeEquivalentTo(listed, o => o.ComparingByMembers<Provider>().Excluding(p => p.Metadata));
        retrieved.Metadata?.GetRawText().Should().Be(listed.Metadata?.GetRawText());
    }

    [Fact]
    public async Task The_cross_vendor_listing_maps_every_seeded_provider()
    {
        using var client = fixture.CreateClient();
        var typed = (await AllAsync(client)).ToDictionary(p => p.Id);

        var infos = new List<IdentityProviderInfo>();
        await foreach (var info in client.AsIdentityProviderClient().ListAsync())
        {
            infos.Add(info);
        }

        infos.Should().HaveCount(KeycardEmulatorFixture.SeedCount);
        foreach (var info in infos)
        {
            var p = typed[info.Id];
            info.Vendor.Should().Be("keycard");
            info.Name.Should().Be(p.Name);
            info.Type.Should().Be(p.Type!.Value.Value);
            info.Issuer.Should().Be(p.Protocols?.OAuth2?.Issuer);
            info.ClientId.Should().Be(p.ClientId);
            info.CreatedAt.Should().Be(p.CreatedAt);
            info.UpdatedAt.Should().Be(p.UpdatedAt);
            info.Protocol.Should().Be(p.Protocols?.OpenId is not null ? ProtocolFamily.Oidc : p.Protocols?.OAuth2 is not null ? ProtocolFamily.OAuth2 : ProtocolFamily.Other);
        }

        // The seed has all three kinds, so the mapping above is exercised for each.
        infos.Select(i => i.Protocol).Distinct().Should().BeEquivalentTo([ProtocolFamily.Oidc, ProtocolFamily.OAuth2, ProtocolFamily.Other]);
        var one = infos.First(i => i.Protocol == ProtocolFamily.Oidc);
        (await client.AsIdentityProviderClient().GetAsync(one.Id)).Should().BeEquivalentTo(one, o => o.Excluding(i => i.VendorModel));
    }

    [Fact]
    public async Task A_wrong_token_is_an_authentication_exception()
    {
        using var client = fixture.CreateClient(o => o.Token = "not-the-emulator-token");

        var act = () => client.Zones.Providers.ListPageAsync(Zone);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which;
        error.StatusCode.Should().Be(401);
        error.ErrorCodes.Should().Equal("unauthorized");
        error.Operation.Should().Be("providers.list");
        error.RequestId.Should().StartWith("req_");
        error.Message.Should().NotContain("not-the-emulator-token");
    }

    [Fact]
    public async Task Client_credentials_fetch_one_token_for_many_calls()
    {
        var before = fixture.Emulator.KeycardTokensIssued;
        using var client = fixture.CreateClient(o =>
        {
            o.Token = null;
            o.ClientCredentials = new KeycardClientCredentials
            {
                TokenEndpoint = fixture.Keycard.TokenEndpoint,
                ClientId = fixture.Keycard.ClientId,
                ClientSecret = fixture.Keycard.ClientSecret,
            };
        });

        var listed = await AllAsync(client);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.Zones.Providers.RetrieveAsync(Zone, listed[i].Id)));
        var view = await client.AsIdentityProviderClient().GetAsync(listed[0].Id);

        listed.Should().HaveCount(KeycardEmulatorFixture.SeedCount);
        view.Id.Should().Be(listed[0].Id);
        fixture.Emulator.KeycardTokensIssued.Should().Be(before + 1);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_an_authentication_exception_from_the_token_endpoint()
    {
        using var client = fixture.CreateClient(o =>
        {
            o.Token = null;
            o.ClientCredentials = new KeycardClientCredentials
            {
                TokenEndpoint = fixture.Keycard.TokenEndpoint,
                ClientId = fixture.Keycard.ClientId,
                ClientSecret = "wrong-secret",
            };
        });

        var act = () => client.Zones.Providers.ListPageAsync(Zone);

        var error = (await act.Should().ThrowExactlyAsync<IdentityProviderAuthenticationException>()).Which;
        error.Operation.Should().Be("oauth.token");
        error.ErrorCodes.Should().Equal("invalid_client");
        error.ToString().Should().NotContain("wrong-secret");
    }
}
