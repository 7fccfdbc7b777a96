using Zitadel.Sdk.Models;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>The exact HTTP request of every operation at both levels, as the server receives it, and the response mapping.</summary>
public sealed class IdentityProvidersClientRequestTests : IDisposable
{
    private const string Details = """{"details":{"sequence":"9007199254740993","creationDate":"2024-05-01T10:00:00Z","changeDate":"2024-05-02T10:00:00.123456789Z","resourceOwner":"111111111111111111"}}""";
    private readonly ZitadelMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

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

    private static IdentityProvidersClient Level(ZitadelClient client, ZitadelLevel level) => level == ZitadelLevel.Instance ? client.Instance : client.Organization;

    private static string Prefix(ZitadelLevel level) => level == ZitadelLevel.Instance ? "/admin/v1/idps" : "/management/v1/idps";

    private static void AssertHeaders(WireMock.IRequestMessage request, ZitadelLevel level)
    {
        ZitadelMockServer.Header(request, "Authorization").Should().Be("Bearer " + ZitadelMockServer.Token);
        ZitadelMockServer.Header(request, "x-zitadel-orgid").Should().Be(level == ZitadelLevel.Instance ? null : ZitadelMockServer.OrgId);
    }

    [Theory]
    [MemberData(nameof(TypesAndLevels))]
    public async Task Add_posts_the_type_body_to_the_levels_path_and_maps_id_and_details(string slug, ZitadelLevel level)
    {
        var sample = ProviderSamples.Get(slug);
        _mock.Json("POST", $"{Prefix(level)}/{slug}", """{"details":{"sequence":"12","resourceOwner":"r"},"id":"222222222222222222"}""");
        using var client = _mock.CreateClient();

        var added = await sample.Add(Level(client, level));

        added.Id.Should().Be("222222222222222222");
        added.Details!.Sequence.Should().Be(12UL);
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.AbsolutePath.Should().Be($"{Prefix(level)}/{slug}");
        ZitadelMockServer.ShouldBeJson(request.Body, sample.AddJson);
        ZitadelMockServer.Header(request, "Content-Type").Should().StartWith("application/json");
        AssertHeaders(request, level);
    }

    [Theory]
    [MemberData(nameof(TypesAndLevels))]
    public async Task Update_sends_put_except_admin_gitlab_which_posts(string slug, ZitadelLevel level)
    {
        var sample = ProviderSamples.Get(slug);
        var verb = level == ZitadelLevel.Instance && slug is "gitlab" or "gitlab_self_hosted" ? "POST" : "PUT";
        _mock.Json(verb, $"{Prefix(level)}/{slug}/333", Details);
        using var client = _mock.CreateClient();

        var details = await sample.Update(Level(client, level), "333");

        details.Sequence.Should().Be(9007199254740993UL);
        details.ChangeDate.Should().Be(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567));
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(verb);
        request.AbsolutePath.Should().Be($"{Prefix(level)}/{slug}/333");
        ZitadelMockServer.ShouldBeJson(request.Body, sample.UpdateJson);
        AssertHeaders(request, level);
    }

    [Theory]
    [InlineData(ZitadelLevel.Organization)]
    [InlineData(ZitadelLevel.Instance)]
    public async Task ListPage_posts_query_and_every_filter(ZitadelLevel level)
    {
        _mock.Json("POST", $"{Prefix(level)}/templates/_search", ZitadelMockServer.Page(ZitadelMockServer.Ids(0, 1), 1));
        using var client = _mock.CreateClient();
        List<ProviderQuery> queries = [ProviderQuery.ById("42"), ProviderQuery.ByName("Goo", TextQueryMethod.StartsWithIgnoreCase)];
        if (level == ZitadelLevel.Organization)
        {
            queries.Add(ProviderQuery.ByOwnerType(IdpOwnerType.Org));
        }

        var page = await Level(client, level).ListProvidersPageAsync(new ListProvidersRequest { Query = new ListQuery { Offset = 20, Limit = 10, Asc = true }, Queries = queries });

        page.Result.Should().ContainSingle();
        page.Details!.TotalResult.Should().Be(1UL);
        page.Details.ProcessedSequence.Should().Be(42UL);
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.AbsolutePath.Should().Be($"{Prefix(level)}/templates/_search");
        var owner = level == ZitadelLevel.Organization ? """,{"ownerTypeQuery":{"ownerType":"IDP_OWNER_TYPE_ORG"}}""" : string.Empty;
        ZitadelMockServer.ShouldBeJson(request.Body, $$$"""{"query":{"offset":"20","limit":10,"asc":true},"queries":[{"idpIdQuery":{"id":"42"}},{"idpNameQuery":{"name":"Goo","method":"TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE"}}{{{owner}}}]}""");
        AssertHeaders(request, level);
    }

    [Fact]
    public async Task Every_text_query_method_is_sent_by_its_wire_name()
    {
        _mock.Json("POST", "/management/v1/idps/templates/_search", ZitadelMockServer.Page([], 0));
        using var client = _mock.CreateClient();
        TextQueryMethod[] methods = [TextQueryMethod.Equal, TextQueryMethod.EqualIgnoreCase, TextQueryMethod.StartsWith, TextQueryMethod.StartsWithIgnoreCase, TextQueryMethod.Contains, TextQueryMethod.ContainsIgnoreCase, TextQueryMethod.EndsWith, TextQueryMethod.EndsWithIgnoreCase];

        foreach (var method in methods)
        {
            await client.Organization.ListProvidersPageAsync(new ListProvidersRequest { Queries = [ProviderQuery.ByName("x", method)] });
        }

        _mock.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body!)!["queries"]![0]!["idpNameQuery"]!["method"]!.GetValue<string>())
            .Should().Equal(
                "TEXT_QUERY_METHOD_EQUALS", "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE", "TEXT_QUERY_METHOD_STARTS_WITH", "TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE",
                "TEXT_QUERY_METHOD_CONTAINS", "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE", "TEXT_QUERY_METHOD_ENDS_WITH", "TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE");
    }

    [Theory]
    [InlineData(ZitadelLevel.Organization)]
    [InlineData(ZitadelLevel.Instance)]
    public async Task ListAsync_sends_offset_as_string_limit_as_number_and_no_queries_when_none(ZitadelLevel level)
    {
        _mock.Json("POST", $"{Prefix(level)}/templates/_search", ZitadelMockServer.Page(ZitadelMockServer.Ids(0, 2), 2));
        using var client = _mock.CreateClient();

        var providers = await Level(client, level).ListProvidersAsync().ToListAsync();

        providers.Should().HaveCount(2);
        var request = _mock.Requests.Should().ContainSingle().Subject;
        ZitadelMockServer.ShouldBeJson(request.Body, """{"query":{"offset":"0","limit":100}}""");
    }

    [Theory]
    [InlineData(ZitadelLevel.Organization)]
    [InlineData(ZitadelLevel.Instance)]
    public async Task Get_reads_idp_and_maps_every_field(ZitadelLevel level)
    {
        _mock.Json("GET", $"{Prefix(level)}/templates/444", $$"""{"idp":{{ZitadelMockServer.ProviderJson("444").ToJsonString()}}}""");
        using var client = _mock.CreateClient();

        var provider = await Level(client, level).GetProviderAsync("444");

        provider.Id.Should().Be("444");
        provider.Name.Should().Be("idp 444");
        provider.State.Should().Be(IdpState.Active);
        provider.Owner.Should().Be(IdpOwnerType.Org);
        provider.Type.Should().Be(ProviderType.Oidc);
        provider.Details!.Sequence.Should().Be(7UL);
        provider.Details.CreationDate.Should().Be(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        provider.Config.Should().BeOfType<GenericOidcProviderConfig>().Which.Oidc.ClientId.Should().Be("client-444");
        provider.Config!.Options!.IsLinkingAllowed.Should().BeTrue();
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("GET");
        request.AbsolutePath.Should().Be($"{Prefix(level)}/templates/444");
        request.Body.Should().BeNullOrEmpty();
        AssertHeaders(request, level);
    }

    [Theory]
    [InlineData(ZitadelLevel.Organization)]
    [InlineData(ZitadelLevel.Instance)]
    public async Task Delete_sends_delete_and_maps_details(ZitadelLevel level)
    {
        _mock.Json("DELETE", $"{Prefix(level)}/templates/555", Details);
        using var client = _mock.CreateClient();

        var details = await Level(client, level).DeleteProviderAsync("555");

        details.ResourceOwner.Should().Be("111111111111111111");
        var request = _mock.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("DELETE");
        request.AbsolutePath.Should().Be($"{Prefix(level)}/templates/555");
        AssertHeaders(request, level);
    }

    [Theory]
    [InlineData(ZitadelLevel.Organization)]
    [InlineData(ZitadelLevel.Instance)]
    public async Task Migrate_posts_the_target_and_regenerate_posts_an_empty_object(ZitadelLevel level)
    {
        _mock.Json("POST", $"{Prefix(level)}/generic_oidc/666/_migrate", Details);
        _mock.Json("POST", $"{Prefix(level)}/saml/777/_generate_certificate", Details);
        using var client = _mock.CreateClient();
        var levelClient = Level(client, level);

        await levelClient.MigrateGenericOidcProviderAsync("666", new MigrateGenericOidcProviderRequest { Google = new AddGoogleProviderRequest { ClientId = "g", ClientSecret = "migrate-secret" } });
        await levelClient.RegenerateSamlProviderCertificateAsync("777");

        var requests = _mock.Requests;
        requests.Should().HaveCount(2);
        requests[0].AbsolutePath.Should().Be($"{Prefix(level)}/generic_oidc/666/_migrate");
        ZitadelMockServer.ShouldBeJson(requests[0].Body, """{"google":{"clientId":"g","clientSecret":"migrate-secret"}}""");
        requests[1].Method.Should().Be("POST");
        requests[1].AbsolutePath.Should().Be($"{Prefix(level)}/saml/777/_generate_certificate");
        ZitadelMockServer.ShouldBeJson(requests[1].Body, "{}");
        AssertHeaders(requests[1], level);
    }

    [Fact]
    public async Task WithOrganization_sends_that_organization_and_no_org_id_sends_no_header()
    {
        _mock.Json("GET", "/management/v1/idps/templates/1", $$"""{"idp":{{ZitadelMockServer.ProviderJson("1").ToJsonString()}}}""");
        using var client = _mock.CreateClient();
        using var noOrg = _mock.CreateClient(o => o.OrganizationId = null);

        await client.Organization.WithOrganization("999").GetProviderAsync("1");
        await client.ForOrganization("998").GetProviderAsync("1");
        await noOrg.Organization.GetProviderAsync("1");

        var requests = _mock.Requests;
        ZitadelMockServer.Header(requests[0], "x-zitadel-orgid").Should().Be("999");
        ZitadelMockServer.Header(requests[1], "x-zitadel-orgid").Should().Be("998");
        ZitadelMockServer.Header(requests[2], "x-zitadel-orgid").Should().BeNull();
        client.Organization.OrganizationId.Should().Be(ZitadelMockServer.OrgId, "a scoped client never changes the original");
    }

    [Theory]
    [InlineData(ZitadelLevel.Organization)]
    [InlineData(ZitadelLevel.Instance)]
    public async Task Legacy_operations_use_the_deprecated_paths(ZitadelLevel level)
    {
        var p = Prefix(level);
        _mock.Json("POST", $"{p}/_search", """{"details":{"totalResult":"1"},"sortingColumn":"IDP_FIELD_NAME_NAME","result":[{"id":"8","name":"legacy","state":"IDP_STATE_ACTIVE","stylingType":"STYLING_TYPE_GOOGLE","owner":"IDP_OWNER_TYPE_ORG","oidcConfig":{"clientId":"c","issuer":"https://i","scopes":["openid"],"displayNameMapping":"OIDC_MAPPING_FIELD_EMAIL"},"autoRegister":true}]}""");
        _mock.Json("GET", $"{p}/8", """{"idp":{"id":"8","name":"legacy","jwtConfig":{"jwtEndpoint":"https://j","issuer":"https://i","keysEndpoint":"https://k","headerName":"h"}}}""");
        _mock.Json("POST", $"{p}/oidc", """{"details":{"sequence":"1"},"idpId":"9"}""");
        _mock.Json("POST", $"{p}/jwt", """{"details":{"sequence":"1"},"idpId":"10"}""");
        _mock.Json("PUT", $"{p}/8", Details);
        _mock.Json("PUT", $"{p}/8/oidc_config", Details);
        _mock.Json("PUT", $"{p}/8/jwt_config", Details);
        _mock.Json("POST", $"{p}/8/_deactivate", Details);
        _mock.Json("POST", $"{p}/8/_reactivate", Details);
        _mock.Json("DELETE", $"{p}/8", "{}");
        using var client = _mock.CreateClient();
        var c = Level(client, level);

#pragma warning disable CS0618 // the deprecated operations are what this test checks
        var listed = await c.ListIdpsAsync(new ListIdpsOptions { SortingColumn = IdpFieldName.Name, Queries = [IdpQuery.ByName("leg", TextQueryMethod.Contains)] }).ToListAsync();
        var idp = await c.GetIdpAsync("8");
        var oidc = await c.AddOidcIdpAsync(new AddOidcIdpRequest { Name = "o", ClientId = "c", ClientSecret = "legacy-secret", Issuer = "https://i", StylingType = IdpStylingType.Google, AutoRegister = true });
        var jwt = await c.AddJwtIdpAsync(new AddJwtIdpRequest { Name = "j", JwtEndpoint = "https://j", Issuer = "https://i", KeysEndpoint = "https://k", HeaderName = "h" });
        await c.UpdateIdpAsync("8", new UpdateIdpRequest { Name = "renamed" });
        await c.UpdateIdpOidcConfigAsync("8", new UpdateIdpOidcConfigRequest { ClientId = "c2", Issuer = "https://i2", UsernameMapping = OidcMappingField.PreferredUsername });
        await c.UpdateIdpJwtConfigAsync("8", new UpdateIdpJwtConfigRequest { JwtEndpoint = "https://j2", Issuer = "https://i2", KeysEndpoint = "https://k2", HeaderName = "h2" });
        await c.DeactivateIdpAsync("8");
        await c.ReactivateIdpAsync("8");
        var removed = await c.RemoveIdpAsync("8");
#pragma warning restore CS0618

        listed.Should().ContainSingle().Which.OidcConfig!.DisplayNameMapping.Should().Be(OidcMappingField.Email);
        idp.JwtConfig!.HeaderName.Should().Be("h");
        oidc.IdpId.Should().Be("9");
        jwt.IdpId.Should().Be("10");
        removed.Sequence.Should().BeNull();
        var requests = _mock.Requests;
        requests.Select(r => $"{r.Method} {r.AbsolutePath}").Should().Equal(
            $"POST {p}/_search", $"GET {p}/8", $"POST {p}/oidc", $"POST {p}/jwt", $"PUT {p}/8", $"PUT {p}/8/oidc_config", $"PUT {p}/8/jwt_config",
            $"POST {p}/8/_deactivate", $"POST {p}/8/_reactivate", $"DELETE {p}/8");
        ZitadelMockServer.ShouldBeJson(requests[0].Body, """{"query":{"offset":"0","limit":100},"sortingColumn":"IDP_FIELD_NAME_NAME","queries":[{"idpNameQuery":{"name":"leg","method":"TEXT_QUERY_METHOD_CONTAINS"}}]}""");
        ZitadelMockServer.ShouldBeJson(requests[2].Body, """{"name":"o","stylingType":"STYLING_TYPE_GOOGLE","clientId":"c","clientSecret":"legacy-secret","issuer":"https://i","autoRegister":true}""");
        ZitadelMockServer.ShouldBeJson(requests[5].Body, """{"clientId":"c2","issuer":"https://i2","usernameMapping":"OIDC_MAPPING_FIELD_PREFERRED_USERNAME"}""");
        if (level == ZitadelLevel.Instance)
        {
            requests[7].Body.Should().BeNullOrEmpty("the admin API declares no body for deactivate");
        }
        else
        {
            ZitadelMockServer.ShouldBeJson(requests[7].Body, "{}");
        }

        AssertHeaders(requests[9], level);
    }

    [Fact]
    public void Legacy_operations_are_obsolete_and_name_their_replacement()
    {
        var methods = typeof(IdentityProvidersClient).GetMethods().Where(m => m.Name is "ListIdpsAsync" or "GetIdpAsync" or "AddOidcIdpAsync" or "AddJwtIdpAsync" or "UpdateIdpAsync" or "UpdateIdpOidcConfigAsync" or "UpdateIdpJwtConfigAsync" or "DeactivateIdpAsync" or "ReactivateIdpAsync" or "RemoveIdpAsync").ToList();

        methods.Should().HaveCount(10);
        foreach (var method in methods)
        {
            var obsolete = method.GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>().Should().ContainSingle().Subject;
            obsolete.Message.Should().Contain("use", $"{method.Name} should point at its replacement");
        }
    }
}
