using Waldur.Sdk.Models;
using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>Arguments are checked before any request: a rejected call sends nothing.</summary>
public sealed class ValidationTests : IDisposable
{
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private static IdentityProviderRequest Valid => new()
    {
        Provider = "keycloak",
        ClientId = "c",
        ClientSecret = "s",
        DiscoveryUrl = "https://kc.example.org/.well-known/openid-configuration",
        Label = "Keycloak",
    };

    public static TheoryData<string, IdentityProviderRequest> InvalidRequests => new()
    {
        { "request.Provider", Valid with { Provider = "" } },
        { "request.Provider", Valid with { Provider = "   " } },
        { "request.Provider", Valid with { Provider = new string('p', 33) } },
        { "request.Provider", Valid with { Provider = ".." } },
        { "request.ClientId", Valid with { ClientId = "" } },
        { "request.ClientId", Valid with { ClientId = null! } },
        { "request.ClientId", Valid with { ClientId = new string('c', 201) } },
        { "request.ClientSecret", Valid with { ClientSecret = "" } },
        { "request.ClientSecret", Valid with { ClientSecret = null! } },
        { "request.DiscoveryUrl", Valid with { DiscoveryUrl = " " } },
        { "request.Label", Valid with { Label = null! } },
        { "request.Label", Valid with { Label = new string('l', 201) } },
        { "request.ManagementUrl", Valid with { ManagementUrl = new string('m', 201) } },
        { "request.ExtraScope", Valid with { ExtraScope = new string('s', 201) } },
        { "request.UserField", Valid with { UserField = "" } },
        { "request.UserClaim", Valid with { UserClaim = new string('u', 101) } },
        { "request.ExtraFields", Valid with { ExtraFields = new string('e', 201) } },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Create_and_update_check_the_required_fields_and_limits_first(string paramName, IdentityProviderRequest request)
    {
        using var client = _mock.CreateClient();

        var create = () => client.IdentityProviders.CreateAsync(request);
        var update = () => client.IdentityProviders.UpdateAsync("keycloak", request);

        (await create.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(paramName);
        (await update.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(paramName);
        _mock.Requests.Should().BeEmpty();
    }

    public static TheoryData<string, PatchedIdentityProviderRequest> InvalidPatches => new()
    {
        { "request.Provider", new() { Provider = "" } },
        { "request.Provider", new() { Provider = "." } },
        { "request.ClientId", new() { ClientId = null! } },
        { "request.ClientSecret", new() { ClientSecret = "" } },
        { "request.DiscoveryUrl", new() { DiscoveryUrl = new string('d', 201) } },
        { "request.Label", new() { Label = "  " } },
        { "request.ManagementUrl", new() { ManagementUrl = null! } },
        { "request.ExtraScope", new() { ExtraScope = new string('s', 201) } },
        { "request.UserField", new() { UserField = "" } },
        { "request.UserClaim", new() { UserClaim = null! } },
    };

    [Theory]
    [MemberData(nameof(InvalidPatches))]
    public async Task Partial_update_checks_the_fields_that_are_set(string paramName, PatchedIdentityProviderRequest request)
    {
        using var client = _mock.CreateClient();

        var act = () => client.IdentityProviders.PartialUpdateAsync("keycloak", request);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(paramName);
        _mock.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("idp.example.com/.well-known/openid-configuration")]
    [InlineData("ftp://idp.example.com/")]
    public async Task Discovery_needs_an_absolute_http_url(string url)
    {
        using var client = _mock.CreateClient();

        var discover = () => client.IdentityProviders.DiscoverMetadataAsync(new DiscoverMetadataRequest { DiscoveryUrl = url });
        var generate = () => client.IdentityProviders.GenerateMappingAsync(new DiscoverMetadataRequest { DiscoveryUrl = url });

        (await discover.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("request.DiscoveryUrl");
        await generate.Should().ThrowAsync<ArgumentException>();
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Null_arguments_and_empty_names_are_rejected()
    {
        using var client = _mock.CreateClient();
        var providers = client.IdentityProviders;

        await ((Func<Task>)(() => providers.CreateAsync(null!))).Should().ThrowAsync<ArgumentNullException>();
        await ((Func<Task>)(() => providers.PartialUpdateAsync("k", null!))).Should().ThrowAsync<ArgumentNullException>();
        await ((Func<Task>)(() => providers.RetrieveAsync(""))).Should().ThrowAsync<ArgumentException>();
        await ((Func<Task>)(() => providers.DeleteAsync(null!))).Should().ThrowAsync<ArgumentException>();
        _mock.Requests.Should().BeEmpty();
    }
}
