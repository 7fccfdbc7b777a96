using IdentityProviders.Sdk;
using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>The SDK against the emulator (which writes the wire format on its own): every operation, and 700 providers.</summary>
public sealed class EmulatorRoundTripTests(WaldurEmulatorFixture fixture) : IClassFixture<WaldurEmulatorFixture>
{
    [Fact]
    public async Task Seven_hundred_providers_are_listed_once_each_in_three_round_trips()
    {
        using var client = fixture.CreateClient();
        var before = fixture.Emulator.RequestCount;

        var names = new List<string>();
        await foreach (var provider in client.IdentityProviders.ListAsync())
        {
            names.Add(provider.Provider);
        }

        names.Should().HaveCountGreaterThanOrEqualTo(WaldurEmulatorFixture.SeedCount - 5).And.OnlyHaveUniqueItems();
        names.Should().Contain(["keycloak", "tara", "eduteams", "keycloak-2"]);
        (fixture.Emulator.RequestCount - before).Should().Be(3, "300 per page: 700 providers take 3 pages and nothing past the end");
    }

    [Fact]
    public async Task Small_pages_follow_the_links_to_the_end()
    {
        using var client = fixture.CreateClient();

        var pages = 0;
        var count = 0;
        await foreach (var page in client.IdentityProviders.ListAsync(new IdentityProviderListOptions { PageSize = 100 }).AsPages())
        {
            pages++;
            count += page.Values.Count;
        }

        pages.Should().Be((count + 99) / 100);
        count.Should().Be((int)await client.IdentityProviders.CountAsync());
    }

    [Fact]
    public async Task Count_reads_the_header_of_a_HEAD_request()
    {
        using var client = fixture.CreateClient();

        var count = await client.IdentityProviders.CountAsync();

        count.Should().BeGreaterThanOrEqualTo(WaldurEmulatorFixture.SeedCount - 5);
    }

    [Fact]
    public async Task Create_retrieve_update_patch_and_delete_round_trip()
    {
        using var client = fixture.CreateClient();
        var providers = client.IdentityProviders;
        var name = "rt-" + Guid.NewGuid().ToString("N")[..8];

        var created = await providers.CreateAsync(new IdentityProviderRequest
        {
            Provider = name,
            ClientId = "waldur-rt",
            ClientSecret = "rt-secret",
            DiscoveryUrl = "https://rt.example.org/realms/w/.well-known/openid-configuration",
            Label = "Round trip",
            AttributeMapping = AttributeMapping.FromClaims(new Dictionary<string, string> { ["email"] = "email" }),
            ProtectedFields = JsonStringList.From(["email"]),
            AllowedRedirects = JsonStringList.From(["https://portal.example.org"]),
            EnablePkce = true,
        });
        created.Provider.Should().Be(name);
        created.IsActive.Should().BeTrue();
        created.ClientSecret.Should().Be("rt-secret", "Waldur returns the secret");
        created.AuthUrl.Should().StartWith("https://rt.example.org/realms/w/");
        created.AttributeMapping!.Claims.Should().ContainKey("email");

        var fetched = await providers.RetrieveAsync(name);
        fetched.Should().BeEquivalentTo(created, o => o.Excluding(p => p.AdditionalProperties));

        var replaced = await providers.UpdateAsync(name, new IdentityProviderRequest
        {
            Provider = name,
            ClientId = "waldur-rt-2",
            ClientSecret = "rt-secret-2",
            DiscoveryUrl = "https://rt2.example.org/.well-known/openid-configuration",
            Label = "Round trip 2",
            ExtraScope = "profile",
        });
        replaced.ClientId.Should().Be("waldur-rt-2");
        replaced.TokenUrl.Should().StartWith("https://rt2.example.org/");
        replaced.EnablePkce.Should().BeTrue("a PUT leaves fields it does not send unchanged");
        replaced.ExtraScope.Should().Be("profile");

        var patched = await providers.PartialUpdateAsync(name, new PatchedIdentityProviderRequest { IsActive = false, ExtraScope = null, AttributeMapping = null });
        patched.IsActive.Should().BeFalse();
        patched.ExtraScope.Should().BeNull();
        patched.AttributeMapping.Should().BeNull();
        patched.Label.Should().Be("Round trip 2");

        var info = await client.AsIdentityProviderClient().GetAsync(name);
        info.Enabled.Should().BeFalse();
        info.Name.Should().Be("Round trip 2");

        await providers.DeleteAsync(name);
        var gone = () => providers.RetrieveAsync(name);
        (await gone.Should().ThrowAsync<IdentityProviderNotFoundException>()).Which.ErrorMessages.Should().Equal("No IdentityProvider matches the given query.");
    }

    [Fact]
    public async Task A_hostile_name_is_one_segment_end_to_end()
    {
        using var client = fixture.CreateClient();
        var providers = client.IdentityProviders;
        var name = "a/b?c%d#" + Guid.NewGuid().ToString("N")[..6];

        await providers.CreateAsync(new IdentityProviderRequest { Provider = name, ClientId = "c", ClientSecret = "s", DiscoveryUrl = "https://h.example.org/.well-known/openid-configuration", Label = "Hostile" });

        (await providers.RetrieveAsync(name)).Provider.Should().Be(name);
        (await providers.PartialUpdateAsync(name, new PatchedIdentityProviderRequest { Label = "Renamed" })).Label.Should().Be("Renamed");
        await providers.DeleteAsync(name);
        var gone = () => providers.RetrieveAsync(name);
        await gone.Should().ThrowAsync<IdentityProviderNotFoundException>();
        (await providers.RetrieveAsync("keycloak")).Provider.Should().Be("keycloak", "nothing else was touched");
    }

    [Fact]
    public async Task Validation_errors_come_back_as_field_errors()
    {
        using var client = fixture.CreateClient();

        var act = () => client.IdentityProviders.CreateAsync(new IdentityProviderRequest { Provider = "keycloak", ClientId = "c", ClientSecret = "s", DiscoveryUrl = "https://k", Label = "K", AllowedRedirects = JsonStringList.From(["https://portal.example.org/path"]) });

        var error = (await act.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which;
        error.Details.FieldErrors.Keys.Should().BeEquivalentTo("allowed_redirects");

        var duplicate = () => client.IdentityProviders.CreateAsync(new IdentityProviderRequest { Provider = "keycloak", ClientId = "c", ClientSecret = "s", DiscoveryUrl = "https://k", Label = "K" });
        (await duplicate.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which.Details.FieldErrors["provider"].Should().Equal("identity provider with this provider already exists.");
    }

    [Fact]
    public async Task Discovery_and_mapping_suggestions_come_back_typed()
    {
        using var client = fixture.CreateClient();
        var request = new DiscoverMetadataRequest { DiscoveryUrl = "https://idp.example.org/realms/x/.well-known/openid-configuration" };

        var metadata = await client.IdentityProviders.DiscoverMetadataAsync(request);
        var mapping = await client.IdentityProviders.GenerateMappingAsync(request);

        metadata.ClaimsSupported.Should().Contain("email");
        metadata.Endpoints["token_endpoint"].Should().Be("https://idp.example.org/realms/x/protocol/openid-connect/token");
        metadata.WaldurFields.Should().Contain(f => f.Field == "email" && f.AvailableClaims.Contains("email"));
        mapping.AttributeMapping!.Claims["email"].Should().Be("email");

        var unreachable = () => client.IdentityProviders.DiscoverMetadataAsync(new DiscoverMetadataRequest { DiscoveryUrl = "https://idp.invalid/.well-known/openid-configuration" });
        (await unreachable.Should().ThrowAsync<IdentityProviderBadRequestException>()).Which.ErrorMessages.Single().Should().Contain("idp.invalid");
    }

    [Fact]
    public async Task The_OIDC_bearer_token_is_accepted_and_a_wrong_token_is_an_authentication_error()
    {
        using var bearer = fixture.CreateClient(o => { o.Token = null; o.BearerToken = fixture.Waldur.BearerToken; });
        using var wrong = fixture.CreateClient(o => o.Token = "wrong");

        (await bearer.IdentityProviders.RetrieveAsync("tara")).Label.Should().StartWith("TARA");
        var act = () => wrong.IdentityProviders.RetrieveAsync("tara");
        (await act.Should().ThrowAsync<IdentityProviderAuthenticationException>()).Which.ErrorMessages.Should().Equal("Invalid token.");
        var count = () => wrong.IdentityProviders.CountAsync();
        (await count.Should().ThrowAsync<IdentityProviderAuthenticationException>()).Which.StatusCode.Should().Be(401, "a HEAD answer has no body to read");
    }
}
