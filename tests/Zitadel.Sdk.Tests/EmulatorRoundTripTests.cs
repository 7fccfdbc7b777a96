using IdentityProviders.Sdk;
using Zitadel.Sdk.Models;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>The SDK against the emulator: every provider type at both levels, key-file auth, scoping, paging.</summary>
public sealed class EmulatorRoundTripTests(ZitadelEmulatorFixture fixture) : IClassFixture<ZitadelEmulatorFixture>
{
    public static TheoryData<string, ZitadelLevel> TypesAndLevels()
    {
        var data = new TheoryData<string, ZitadelLevel>();
        foreach (var sample in ProviderSamples.All)
        {
            data.Add(sample.Slug, ZitadelLevel.Organization);
            data.Add(sample.Slug, ZitadelLevel.Instance);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypesAndLevels))]
    public async Task Add_get_list_update_delete_round_trips_every_type(string slug, ZitadelLevel level)
    {
        var sample = ProviderSamples.Get(slug);
        using var client = fixture.CreateClient();
        var providers = level == ZitadelLevel.Instance ? client.Instance : client.ForOrganization("300000000000000001");

        var added = await sample.Add(providers);
        var fetched = await providers.GetProviderAsync(added.Id!);

        fetched.Type.Should().Be(sample.Type);
        fetched.Config!.Key.Should().Be(sample.Key);
        fetched.Owner.Should().Be(level == ZitadelLevel.Instance ? IdpOwnerType.System : IdpOwnerType.Org);
        fetched.State.Should().Be(IdpState.Active);
        fetched.Details!.Sequence.Should().Be(added.Details!.Sequence);
        fetched.Details.ResourceOwner.Should().Be(level == ZitadelLevel.Instance ? "100000000000000001" : "300000000000000001");

        var listed = await providers.ListProvidersAsync(new ListProvidersOptions { Queries = [ProviderQuery.ById(added.Id!)] }).ToListAsync();
        listed.Should().ContainSingle().Which.Config!.GetType().Should().Be(fetched.Config.GetType());

        var details = await sample.Update(providers, added.Id!);
        details.Sequence.Should().BeGreaterThan(added.Details.Sequence!.Value);
        var updated = await providers.GetProviderAsync(added.Id!);
        sample.UpdatedValue(updated.Config!).Should().Be(sample.ExpectedUpdatedValue);

        await providers.DeleteProviderAsync(added.Id!);
        var act = () => providers.GetProviderAsync(added.Id!);
        var error = (await act.Should().ThrowAsync<IdentityProviderNotFoundException>()).Which;
        error.GetGrpcStatusCode().Should().Be(5);
    }

    [Fact]
    public async Task Seeded_providers_of_every_type_map_to_the_cross_vendor_model()
    {
        using var client = fixture.CreateClient();

        var infos = await client.AsIdentityProviderClient(ZitadelLevel.Instance).ListAsync().ToListAsync();

        infos.Should().HaveCountGreaterThanOrEqualTo(12);
        infos.Select(i => i.Type).Should().Contain(ProviderSamples.All.Select(s => s.Type.Value));
        infos.Single(i => i.Type == "PROVIDER_TYPE_LDAP" && i.Name.StartsWith("LDAP instance", StringComparison.Ordinal)).Protocol.Should().Be(ProtocolFamily.Ldap);
        infos.First(i => i.Type == "PROVIDER_TYPE_SAML").Protocol.Should().Be(ProtocolFamily.Saml);
        infos.First(i => i.Type == "PROVIDER_TYPE_OAUTH").Protocol.Should().Be(ProtocolFamily.OAuth2);
        infos.First(i => i.Type == "PROVIDER_TYPE_JWT").Protocol.Should().Be(ProtocolFamily.Jwt);
        infos.First(i => i.Type == "PROVIDER_TYPE_AZURE_AD").Protocol.Should().Be(ProtocolFamily.Oidc);
        infos.First(i => i.Type == "PROVIDER_TYPE_GITHUB").Protocol.Should().Be(ProtocolFamily.Social);
        var oidc = infos.First(i => i.Type == "PROVIDER_TYPE_OIDC");
        oidc.Protocol.Should().Be(ProtocolFamily.Oidc);
        oidc.Issuer.Should().StartWith("https://idp");
        oidc.ClientId.Should().StartWith("oidc-client-");
        oidc.Enabled.Should().BeTrue();
        oidc.CreatedAt.Should().NotBeNull();
        var single = await client.AsIdentityProviderClient(ZitadelLevel.Instance).GetAsync(oidc.Id);
        single.Name.Should().Be(oidc.Name);
    }

    [Fact]
    public async Task A_key_file_gets_a_token_once_and_lists_through_it()
    {
        using var client = fixture.CreateClient(o => { o.Token = null; o.ServiceAccountKey = ZitadelServiceAccountKey.Parse(fixture.Zitadel.KeyFileJson); });
        var before = fixture.Emulator.ZitadelTokensIssued;

        var org = await client.Organization.ListProvidersAsync().ToListAsync();
        var instance = await client.Instance.ListProvidersAsync().ToListAsync();

        org.Should().NotBeEmpty();
        instance.Should().NotBeEmpty();
        (fixture.Emulator.ZitadelTokensIssued - before).Should().Be(1);
    }

    [Fact]
    public async Task A_foreign_key_is_rejected_by_the_token_endpoint()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var key = ZitadelServiceAccountKey.Parse(fixture.Zitadel.KeyFileJson) with { Key = rsa.ExportRSAPrivateKeyPem() };
        using var client = fixture.CreateClient(o => { o.Token = null; o.ServiceAccountKey = key; });

        var error = (await ((Func<Task>)(() => client.Organization.ListProvidersPageAsync())).Should().ThrowAsync<IdentityProviderAuthenticationException>()).Which;

        error.ErrorCodes.Should().Equal("invalid_grant");
        error.ErrorMessages[0].Should().Contain("signature");
    }

    [Fact]
    public async Task A_wrong_token_is_unauthenticated()
    {
        using var client = fixture.CreateClient(o => o.Token = "wrong");

        var error = (await ((Func<Task>)(() => client.Organization.ListProvidersPageAsync())).Should().ThrowAsync<IdentityProviderAuthenticationException>()).Which;

        error.GetGrpcStatusCode().Should().Be(16);
    }

    [Fact]
    public async Task The_org_header_scopes_data_and_the_org_list_includes_instance_providers_by_owner()
    {
        using var client = fixture.CreateClient();
        var a = client.ForOrganization("400000000000000001");
        var b = client.ForOrganization("400000000000000002");
        var added = await a.AddGitHubProviderAsync(new AddGitHubProviderRequest { Name = "only in a", ClientId = "c", ClientSecret = "s" });

        var inA = await a.ListProvidersAsync(new ListProvidersOptions { Queries = [ProviderQuery.ByOwnerType(IdpOwnerType.Org)] }).ToListAsync();
        var inB = await b.ListProvidersAsync(new ListProvidersOptions { Queries = [ProviderQuery.ByOwnerType(IdpOwnerType.Org)] }).ToListAsync();
        var systemInB = await b.ListProvidersAsync(new ListProvidersOptions { Queries = [ProviderQuery.ByOwnerType(IdpOwnerType.System)] }).ToListAsync();

        inA.Select(p => p.Id).Should().Equal(added.Id);
        inB.Should().BeEmpty();
        systemInB.Should().NotBeEmpty().And.OnlyContain(p => p.Owner == IdpOwnerType.System);
        await ((Func<Task>)(() => b.DeleteProviderAsync(added.Id!))).Should().ThrowAsync<IdentityProviderNotFoundException>();
        await a.DeleteProviderAsync(added.Id!);
    }

    [Fact]
    public async Task Name_filters_apply_every_text_method()
    {
        using var client = fixture.CreateClient();
        var org = client.ForOrganization("400000000000000003");
        await org.AddGoogleProviderAsync(new AddGoogleProviderRequest { Name = "Acme Google", ClientId = "c", ClientSecret = "s" });
        await org.AddGoogleProviderAsync(new AddGoogleProviderRequest { Name = "Other", ClientId = "c", ClientSecret = "s" });

        async Task<int> Count(string name, TextQueryMethod method) =>
            (await org.ListProvidersAsync(new ListProvidersOptions { Queries = [ProviderQuery.ByName(name, method), ProviderQuery.ByOwnerType(IdpOwnerType.Org)] }).ToListAsync()).Count;

        (await Count("Acme Google", TextQueryMethod.Equal)).Should().Be(1);
        (await Count("acme google", TextQueryMethod.Equal)).Should().Be(0);
        (await Count("acme google", TextQueryMethod.EqualIgnoreCase)).Should().Be(1);
        (await Count("Acme", TextQueryMethod.StartsWith)).Should().Be(1);
        (await Count("acme", TextQueryMethod.StartsWithIgnoreCase)).Should().Be(1);
        (await Count("me Go", TextQueryMethod.Contains)).Should().Be(1);
        (await Count("ME GO", TextQueryMethod.ContainsIgnoreCase)).Should().Be(1);
        (await Count("Google", TextQueryMethod.EndsWith)).Should().Be(1);
        (await Count("GOOGLE", TextQueryMethod.EndsWithIgnoreCase)).Should().Be(1);
    }

    [Fact]
    public async Task Migrate_and_regenerate_work_against_the_emulator()
    {
        using var client = fixture.CreateClient();
        var org = client.ForOrganization("400000000000000004");
        var oidc = await org.AddGenericOidcProviderAsync(new AddGenericOidcProviderRequest { Name = "to migrate", Issuer = "https://i", ClientId = "c", ClientSecret = "s" });
        var saml = await org.AddSamlProviderAsync(new AddSamlProviderRequest { Name = "saml", MetadataUrl = "https://saml.example.com/metadata" });

        await org.MigrateGenericOidcProviderAsync(oidc.Id!, new MigrateGenericOidcProviderRequest { Azure = new AddAzureADProviderRequest { Name = "migrated", ClientId = "az", ClientSecret = "s", Tenant = AzureADTenant.FromType(AzureADTenantType.Common) } });
        var migrated = await org.GetProviderAsync(oidc.Id!);
        var regenerated = await org.RegenerateSamlProviderCertificateAsync(saml.Id!);

        migrated.Type.Should().Be(ProviderType.AzureAD);
        migrated.Config.Should().BeOfType<AzureADProviderConfig>().Which.AzureAD.Tenant!.TenantType.Should().Be(AzureADTenantType.Common);
        regenerated.Sequence.Should().BeGreaterThan(saml.Details!.Sequence!.Value);
        var samlConfig = (SamlProviderConfig)(await org.GetProviderAsync(saml.Id!)).Config!;
        System.Text.Encoding.UTF8.GetString(samlConfig.Saml.MetadataXml!).Should().Contain("https://saml.example.com/metadata");
    }

#pragma warning disable CS0618 // the deprecated API is what these check
    [Fact]
    public async Task The_legacy_list_misses_template_providers_as_the_real_one_does()
    {
        using var client = fixture.CreateClient();
        var org = client.ForOrganization("400000000000000005");
        var legacy = await org.AddOidcIdpAsync(new AddOidcIdpRequest { Name = "legacy oidc", ClientId = "c", ClientSecret = "s", Issuer = "https://legacy.example.com", StylingType = IdpStylingType.Google });
        var template = await org.AddGenericOidcProviderAsync(new AddGenericOidcProviderRequest { Name = "template oidc", Issuer = "https://i", ClientId = "c", ClientSecret = "s" });

        var legacyList = await org.ListIdpsAsync().ToListAsync();
        var templates = await org.ListProvidersAsync(new ListProvidersOptions { Queries = [ProviderQuery.ByOwnerType(IdpOwnerType.Org)] }).ToListAsync();

        legacyList.Select(i => i.Id).Should().Equal(legacy.IdpId);
        templates.Select(p => p.Id).Should().BeEquivalentTo([legacy.IdpId, template.Id]);
        var idp = await org.GetIdpAsync(legacy.IdpId!);
        idp.StylingType.Should().Be(IdpStylingType.Google);
        idp.OidcConfig!.Issuer.Should().Be("https://legacy.example.com");

        await org.DeactivateIdpAsync(legacy.IdpId!);
        (await org.GetProviderAsync(legacy.IdpId!)).State.Should().Be(IdpState.Inactive);
        (await org.AsIdentityProviderClientFor().GetAsync(legacy.IdpId!)).Enabled.Should().BeFalse();
        await org.ReactivateIdpAsync(legacy.IdpId!);
        await org.UpdateIdpOidcConfigAsync(legacy.IdpId!, new UpdateIdpOidcConfigRequest { ClientId = "c2", Issuer = "https://legacy2.example.com" });
        (await org.GetIdpAsync(legacy.IdpId!)).OidcConfig!.Issuer.Should().Be("https://legacy2.example.com");
        await org.RemoveIdpAsync(legacy.IdpId!);
        await ((Func<Task>)(() => org.GetIdpAsync(legacy.IdpId!))).Should().ThrowAsync<IdentityProviderNotFoundException>();
    }
#pragma warning restore CS0618

    [Fact]
    public async Task The_emulator_rejects_what_the_gateway_rejects()
    {
        using var client = fixture.CreateClient();
        var page = await client.Organization.ListProvidersPageAsync(new ListProvidersRequest { Query = new ListQuery { Limit = 1 } });

        page.Details!.TotalResult.Should().BeGreaterThan(1);
        page.Result.Should().ContainSingle();
        var missing = () => client.Instance.UpdateGoogleProviderAsync("1", new UpdateGoogleProviderRequest { ClientId = "c" });
        await missing.Should().ThrowAsync<IdentityProviderNotFoundException>();
    }
}

/// <summary>Test helper: the cross-vendor view of an organization-level client.</summary>
internal static class IdentityProvidersClientTestExtensions
{
    public static IIdentityProviderClient AsIdentityProviderClientFor(this IdentityProvidersClient client) => new ZitadelIdentityProviderClient(client);
}
