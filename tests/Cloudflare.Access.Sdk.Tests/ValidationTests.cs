using Cloudflare.Access.Sdk.Models;
using Cloudflare.Access.Sdk.Tests.TestSupport;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>Client-side checks fail with ArgumentException before anything is sent.</summary>
public sealed class ValidationTests : IDisposable
{
    private static readonly CloudflareScope Account = CloudflareScope.Account(CloudflareMockServer.Account);
    private readonly CloudflareMockServer _mock = new();

    public ValidationTests() => _mock.Json("GET", "/*", CloudflareJson.Envelope(CloudflareJson.Minimal("x")));

    public void Dispose() => _mock.Dispose();

    private async Task ShouldRejectWithoutSendingAsync(Func<CloudflareAccessClient, Task> call, string? messagePart = null)
    {
        using var client = _mock.CreateClient();

        var act = () => call(client);

        var exception = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        if (messagePart is not null)
        {
            exception.Message.Should().Contain(messagePart);
        }

        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public Task No_scope_on_the_call_or_the_client() =>
        ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.GetAsync("x"), "scope is required");

    [Fact]
    public Task No_scope_for_a_listing() =>
        ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.ListAsync().GetAsyncEnumerator().MoveNextAsync().AsTask(), "scope is required");

    [Fact]
    public void Both_an_account_and_a_zone_are_rejected()
    {
        var act = () => CloudflareScope.From("acc", "zone");

        act.Should().Throw<ArgumentException>().WithMessage("*not both*");
        FluentActions.Invoking(() => CloudflareScope.From(null, "")).Should().Throw<ArgumentException>().WithMessage("*required*");
        CloudflareScope.From("acc", null).Should().Be(CloudflareScope.Account("acc"));
        CloudflareScope.From(null, "zone").Should().Be(CloudflareScope.Zone("zone"));
    }

    [Fact]
    public void Options_with_both_scopes_or_no_or_two_credentials_are_invalid()
    {
        var both = _mock.Options();
        both.AccountId = "a";
        both.ZoneId = "z";
        FluentActions.Invoking(() => new CloudflareAccessClient(both)).Should().Throw<ArgumentException>().WithMessage("*not both*");

        var none = _mock.Options();
        none.ApiToken = null;
        FluentActions.Invoking(() => new CloudflareAccessClient(none)).Should().Throw<ArgumentException>().WithMessage("*exactly one credential*");

        var two = _mock.Options();
        two.Email = "a@example.com";
        two.ApiKey = "k";
        FluentActions.Invoking(() => new CloudflareAccessClient(two)).Should().Throw<ArgumentException>().WithMessage("*exactly one credential*");

        var emailOnly = _mock.Options();
        emailOnly.ApiToken = null;
        emailOnly.Email = "a@example.com";
        FluentActions.Invoking(() => new CloudflareAccessClient(emailOnly)).Should().Throw<ArgumentException>().WithMessage("*Email and ApiKey go together*");

        var longId = _mock.Options();
        longId.AccountId = new string('a', 33);
        FluentActions.Invoking(() => new CloudflareAccessClient(longId)).Should().Throw<ArgumentException>().WithMessage("*1..32*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("f174e90a-fafe-4643-bbbc-4a0ed4fc8415X")]
    public async Task Identity_provider_ids_must_be_1_to_36_characters(string id)
    {
        await ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.GetAsync(id, Account));
        await ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.DeleteAsync(id, Account));
        await ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.UpdateAsync(id, new GitHubIdentityProvider { Name = "n" }, Account));
    }

    [Fact]
    public void Account_and_zone_ids_must_be_1_to_32_characters()
    {
        FluentActions.Invoking(() => CloudflareScope.Account("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CloudflareScope.Zone(new string('z', 33))).Should().Throw<ArgumentException>().WithMessage("*1..32*");
        CloudflareScope.Zone(new string('z', 32)).ZoneId.Should().HaveLength(32);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Per_page_must_be_within_1_to_1000(int perPage)
    {
        await ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.ListPageAsync(Account, new IdentityProviderListOptions { PerPage = perPage }), "between 1 and 1000");
        await ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.ListAsync(Account, new IdentityProviderListOptions { PerPage = perPage }).GetAsyncEnumerator().MoveNextAsync().AsTask());
    }

    [Fact]
    public async Task A_page_size_hint_beyond_1000_is_rejected_before_sending()
    {
        await ShouldRejectWithoutSendingAsync(async c =>
        {
            await foreach (var unused in c.IdentityProviders.ListAsync(Account).AsPages(pageSizeHint: 1001))
            {
            }
        });
    }

    [Fact]
    public Task Page_must_be_positive() =>
        ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.ListPageAsync(Account, new IdentityProviderListOptions { Page = 0 }));

    [Fact]
    public Task Seat_deprovision_requires_user_deprovision() =>
        ShouldRejectWithoutSendingAsync(
            c => c.IdentityProviders.CreateAsync(new OktaIdentityProvider { Name = "Okta", ScimConfig = new IdentityProviderScimConfig { Enabled = true, SeatDeprovision = true } }, Account),
            "SeatDeprovision requires");

    [Fact]
    public Task Scim_cannot_be_enabled_on_onetimepin() =>
        ShouldRejectWithoutSendingAsync(
            c => c.IdentityProviders.UpdateAsync("x", new OneTimePinIdentityProvider { Name = "PIN", ScimConfig = new IdentityProviderScimConfig { Enabled = true } }, Account),
            "onetimepin");

    [Fact]
    public Task A_name_is_required() =>
        ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.CreateAsync(new GitHubIdentityProvider { Name = " " }, Account), "provider.Name");

    [Fact]
    public Task A_provider_is_required() =>
        ShouldRejectWithoutSendingAsync(c => c.IdentityProviders.CreateAsync(null!, Account));

    [Fact]
    public async Task Scim_disabled_on_onetimepin_and_seat_with_user_deprovision_are_accepted()
    {
        _mock.Json("POST", CloudflareMockServer.AccountPath, CloudflareJson.Envelope(CloudflareJson.Minimal("x", "onetimepin")), 201);
        using var client = _mock.CreateClient();

        await client.IdentityProviders.CreateAsync(new OneTimePinIdentityProvider { Name = "PIN", ScimConfig = new IdentityProviderScimConfig { Enabled = false } }, Account);
        await client.IdentityProviders.CreateAsync(
            new OktaIdentityProvider { Name = "Okta", ScimConfig = new IdentityProviderScimConfig { Enabled = true, SeatDeprovision = true, UserDeprovision = true } },
            Account);

        _mock.Requests.Should().HaveCount(2);
    }
}
