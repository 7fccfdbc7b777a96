using IdentityProviders.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

public sealed class ZitadelServiceCollectionExtensionsTests : IDisposable
{
    private readonly ZitadelMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Theory]
    [InlineData(ZitadelLevel.Organization, "/management/v1/idps/templates/_search")]
    [InlineData(ZitadelLevel.Instance, "/admin/v1/idps/templates/_search")]
    public async Task Registers_the_client_and_a_keyed_identity_provider_client_for_the_level(ZitadelLevel level, string path)
    {
        _mock.Json("POST", path, ZitadelMockServer.Page(ZitadelMockServer.Ids(0, 2), 2));
        var services = new ServiceCollection();
        services.AddZitadelClient(o =>
        {
            o.BaseAddress = new Uri(_mock.Url);
            o.Token = ZitadelMockServer.Token;
            o.OrganizationId = ZitadelMockServer.OrgId;
            o.Level = level;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredKeyedService<IIdentityProviderClient>("zitadel");
        var items = await client.ListAsync().ToListAsync();

        client.Vendor.Should().Be("zitadel");
        items.Should().HaveCount(2);
        items[0].Protocol.Should().Be(ProtocolFamily.Oidc);
        items[0].ClientId.Should().StartWith("client-");
        items[0].Enabled.Should().BeTrue();
        _mock.Requests.Should().ContainSingle().Which.AbsolutePath.Should().Be(path);
        provider.GetRequiredService<ZitadelClient>().Should().NotBeNull();
    }

    [Fact]
    public void Invalid_options_fail_validation_with_every_problem()
    {
        var services = new ServiceCollection();
        services.AddZitadelClient(o => o.Token = null);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<ZitadelClientOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().HaveCount(2);
    }
}
