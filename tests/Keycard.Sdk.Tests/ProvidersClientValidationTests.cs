using IdentityProviders.Sdk.Json;
using Keycard.Sdk.Models;
using Keycard.Sdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Keycard.Sdk.Tests;

/// <summary>Arguments outside the documented limits fail before anything is sent.</summary>
public sealed class ProvidersClientValidationTests : IDisposable
{
    private readonly KeycardMockServer _mock = new();
    private readonly KeycardClient _client;

    public ProvidersClientValidationTests()
    {
        // Anything that reaches the server would succeed, so a missing check shows up as "no exception".
        _mock.Server.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KeycardJson.Provider("prv_1")));
        _client = _mock.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _mock.Dispose();
    }

    private ProvidersClient Providers => _client.Zones.Providers;

    private static ProviderCreateRequest Valid => new() { Name = "Acme", Identifier = "https://acme.example.com" };

    private async Task<TException> FailsWithoutSendingAsync<TException>(Func<Task> act, string paramName, params string[] messageParts)
        where TException : ArgumentException
    {
        var error = (await act.Should().ThrowExactlyAsync<TException>()).Which;
        error.ParamName.Should().Be(paramName);
        foreach (var part in messageParts)
        {
            error.Message.Should().Contain(part);
        }

        _mock.Requests.Should().BeEmpty();
        return error;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_empty_zone_id_is_rejected_by_every_operation(string? zone)
    {
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.RetrieveAsync(zone!, "prv_1"), "zoneId", "zoneId is required and must not be empty.");
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.CreateAsync(zone!, Valid), "zoneId", "zoneId is required");
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.UpdateAsync(zone!, "prv_1", new ProviderUpdateRequest()), "zoneId", "zoneId is required");
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.DeleteAsync(zone!, "prv_1"), "zoneId", "zoneId is required");
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.ListPageAsync(zone!), "zoneId", "zoneId is required");
        var list = () => Providers.ListAsync(zone!);
        list.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("zoneId");
        _mock.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task An_empty_provider_id_is_rejected(string providerId)
    {
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.RetrieveAsync("zone_1", providerId), "id", "id is required and must not be empty.");
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.UpdateAsync("zone_1", providerId, new ProviderUpdateRequest()), "id", "id is required");
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.DeleteAsync("zone_1", providerId), "id", "id is required");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task A_limit_outside_1_to_100_is_rejected(int limit)
    {
        var list = () => Providers.ListAsync("zone_1", new ProviderListOptions { Limit = limit });
        var page = () => Providers.ListPageAsync("zone_1", new ProviderListOptions { Limit = limit });

        var error = list.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        error.ParamName.Should().Be("options.Limit");
        error.Message.Should().Contain("options.Limit must be between 1 and 100.");
        error.ActualValue.Should().Be((long)limit);
        (await page.Should().ThrowExactlyAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("options.Limit");
        _mock.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task Limits_1_and_100_are_accepted(int limit)
    {
        _mock.Server.Given(Request.Create().WithPath("/zones/zone_1/providers").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KeycardJson.Page([], hasNext: false)));

        await Providers.ListPageAsync("zone_1", new ProviderListOptions { Limit = limit });

        _mock.Requests.Should().ContainSingle();
    }

    public static TheoryData<string, ProviderCreateRequest, string, string> InvalidCreates() => new()
    {
        { "empty name", Valid with { Name = "" }, "request.Name", "request.Name must be 1..255 characters long (was 0)." },
        { "long name", Valid with { Name = new string('n', 256) }, "request.Name", "request.Name must be 1..255 characters long (was 256)." },
        { "null name", Valid with { Name = null! }, "request.Name", "request.Name is required (1..255 characters)." },
        { "empty identifier", Valid with { Identifier = "" }, "request.Identifier", "request.Identifier must be 1..2048 characters long (was 0)." },
        { "long identifier", Valid with { Identifier = new string('i', 2049) }, "request.Identifier", "request.Identifier must be 1..2048 characters long (was 2049)." },
        { "long description", Valid with { Description = new string('d', 2049) }, "request.Description", "request.Description must be 0..2048 characters long (was 2049)." },
        { "long slug", Valid with { Slug = new string('s', 64) }, "request.Slug", "request.Slug must be 1..63 characters long (was 64)." },
        { "empty slug", Valid with { Slug = "" }, "request.Slug", "request.Slug must be 1..63 characters long (was 0)." },
        { "slug with underscore and capitals", Valid with { Slug = "Bad_Slug" }, "request.Slug", "request.Slug must be lowercase letters and digits separated by single hyphens (pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$)." },
        { "slug with double hyphen", Valid with { Slug = "a--b" }, "request.Slug", "pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$" },
        { "slug with trailing hyphen", Valid with { Slug = "ab-" }, "request.Slug", "pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$" },
    };

    [Theory]
    [MemberData(nameof(InvalidCreates))]
    public async Task An_invalid_create_request_is_rejected(string because, ProviderCreateRequest request, string paramName, string message)
    {
        var error = await FailsWithoutSendingAsync<ArgumentException>(() => Providers.CreateAsync("zone_1", request), paramName, message);
        error.Should().NotBeNull(because);
    }

    [Fact]
    public async Task Create_accepts_the_boundary_lengths()
    {
        await Providers.CreateAsync("zone_1", new ProviderCreateRequest
        {
            Name = new string('n', 255),
            Identifier = new string('i', 2048),
            Description = new string('d', 2048),
            Slug = new string('s', 63),
        });
        await Providers.CreateAsync("zone_1", Valid with { Name = "n", Identifier = "i", Description = "", Slug = "a1-b2-c3" });

        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_null_create_or_update_request_is_rejected()
    {
        await FailsWithoutSendingAsync<ArgumentNullException>(() => Providers.CreateAsync("zone_1", null!), "request");
        await FailsWithoutSendingAsync<ArgumentNullException>(() => Providers.UpdateAsync("zone_1", "prv_1", null!), "request");
    }

    public static TheoryData<string, ProviderUpdateRequest, string, string> InvalidUpdates() => new()
    {
        { "empty name", new ProviderUpdateRequest { Name = "" }, "request.Name", "request.Name must be 1..255 characters long (was 0)." },
        { "null name", new ProviderUpdateRequest { Name = new Optional<string>(null!) }, "request.Name", "request.Name is required (1..255 characters)." },
        { "long name", new ProviderUpdateRequest { Name = new string('n', 256) }, "request.Name", "request.Name must be 1..255 characters long (was 256)." },
        { "long identifier", new ProviderUpdateRequest { Identifier = new string('i', 2049) }, "request.Identifier", "request.Identifier must be 1..2048 characters long (was 2049)." },
        { "long description", new ProviderUpdateRequest { Description = new string('d', 2049) }, "request.Description", "request.Description must be 0..2048 characters long (was 2049)." },
    };

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task An_invalid_update_request_is_rejected(string because, ProviderUpdateRequest request, string paramName, string message)
    {
        var error = await FailsWithoutSendingAsync<ArgumentException>(() => Providers.UpdateAsync("zone_1", "prv_1", request), paramName, message);
        error.Should().NotBeNull(because);
    }

    public static TheoryData<string, ProviderListOptions, string, string> InvalidListOptions() => new()
    {
        { "long after", new ProviderListOptions { After = new string('a', 256) }, "options.After", "options.After must be 1..255 characters long (was 256)." },
        { "empty after", new ProviderListOptions { After = "" }, "options.After", "options.After must be 1..255 characters long (was 0)." },
        { "long before", new ProviderListOptions { Before = new string('b', 256) }, "options.Before", "options.Before must be 1..255 characters long (was 256)." },
        { "long cursor", new ProviderListOptions { Cursor = new string('c', 256) }, "options.Cursor", "options.Cursor must be 1..255 characters long (was 256)." },
        { "before with after", new ProviderListOptions { Before = "b", After = "a" }, "options", "options.Before cannot be combined with options.After or options.Cursor" },
        { "before with cursor", new ProviderListOptions { Before = "b", Cursor = "c" }, "options", "options.Before cannot be combined with options.After or options.Cursor" },
        { "long identifier", new ProviderListOptions { Identifier = new string('i', 2049) }, "options.Identifier", "options.Identifier must be 1..2048 characters long (was 2049)." },
        { "long slug", new ProviderListOptions { Slug = new string('s', 64) }, "options.Slug", "options.Slug must be 1..63 characters long (was 64)." },
        { "bad slug", new ProviderListOptions { Slug = "Bad_Slug" }, "options.Slug", "options.Slug must be lowercase letters and digits separated by single hyphens" },
    };

    [Theory]
    [MemberData(nameof(InvalidListOptions))]
    public async Task Invalid_list_options_are_rejected_by_ListAsync_and_ListPageAsync(string because, ProviderListOptions options, string paramName, string message)
    {
        var list = () => Providers.ListAsync("zone_1", options);

        var error = list.Should().ThrowExactly<ArgumentException>(because).Which;
        error.ParamName.Should().Be(paramName);
        error.Message.Should().Contain(message);
        await FailsWithoutSendingAsync<ArgumentException>(() => Providers.ListPageAsync("zone_1", options), paramName, message);
    }

    [Fact]
    public void The_cross_vendor_view_needs_a_zone()
    {
        var options = _mock.Options();
        options.ZoneId = null;
        using var client = new KeycardClient(options);

        var act = () => client.AsIdentityProviderClient();

        act.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("zoneId");
        client.AsIdentityProviderClient("zone_x").Vendor.Should().Be("keycard");
    }

    [Fact]
    public async Task The_cross_vendor_view_rejects_an_empty_id_without_sending()
    {
        var view = _client.AsIdentityProviderClient();

        await FailsWithoutSendingAsync<ArgumentException>(() => view.GetAsync(""), "id", "id is required");
    }
}
