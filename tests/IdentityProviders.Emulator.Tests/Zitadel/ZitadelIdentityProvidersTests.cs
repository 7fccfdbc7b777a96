using System.Net;

namespace IdentityProviders.Emulator.Tests.Zitadel;

public sealed class ZitadelIdentityProvidersTests : ZitadelEmulatorTestBase
{
    public static TheoryData<string, string, string, string> Types() => new()
    {
        { "ldap", "ldap", "PROVIDER_TYPE_LDAP", """{"name":"l","baseDn":"dc=a","bindDn":"cn=b","bindPassword":"hidden-pw","userBase":"uid","timeout":"5s","attributes":{"idAttribute":"uid"}}""" },
        { "google", "google", "PROVIDER_TYPE_GOOGLE", """{"clientId":"g","clientSecret":"hidden-pw"}""" },
        { "oauth", "oauth", "PROVIDER_TYPE_OAUTH", """{"name":"o","clientId":"c","clientSecret":"hidden-pw","authorizationEndpoint":"https://a","tokenEndpoint":"https://t","userEndpoint":"https://u","idAttribute":"id"}""" },
        { "generic_oidc", "oidc", "PROVIDER_TYPE_OIDC", """{"name":"o","issuer":"https://i","clientId":"c","clientSecret":"hidden-pw"}""" },
        { "generic_jwt", "jwt", "PROVIDER_TYPE_JWT", """{"name":"j","issuer":"https://i","jwtEndpoint":"https://j","keysEndpoint":"https://k","headerName":"h"}""" },
        { "github", "github", "PROVIDER_TYPE_GITHUB", """{"clientId":"c","clientSecret":"hidden-pw"}""" },
        { "github_es", "githubEs", "PROVIDER_TYPE_GITHUB_ES", """{"name":"g","clientId":"c","clientSecret":"hidden-pw","authorizationEndpoint":"https://a","tokenEndpoint":"https://t","userEndpoint":"https://u"}""" },
        { "gitlab", "gitlab", "PROVIDER_TYPE_GITLAB", """{"clientId":"c","clientSecret":"hidden-pw"}""" },
        { "gitlab_self_hosted", "gitlabSelfHosted", "PROVIDER_TYPE_GITLAB_SELF_HOSTED", """{"name":"g","issuer":"https://g","clientId":"c","clientSecret":"hidden-pw"}""" },
        { "azure", "azureAd", "PROVIDER_TYPE_AZURE_AD", """{"name":"a","clientId":"c","clientSecret":"hidden-pw","tenant":{"tenantId":"t"}}""" },
        { "apple", "apple", "PROVIDER_TYPE_APPLE", """{"clientId":"c","teamId":"ALT03JV3OS","keyId":"OGKDK25KD0","privateKey":"aGlkZGVuLXB3"}""" },
        { "saml", "saml", "PROVIDER_TYPE_SAML", """{"name":"s","metadataXml":"PHhtbC8+","binding":"SAML_BINDING_POST"}""" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Add_then_get_returns_the_config_variant_without_secrets(string slug, string key, string type, string body)
    {
        foreach (var service in new[] { "management", "admin" })
        {
            var (added, addBody) = await PostAsync($"{service}/v1/idps/{slug}", body);
            added.StatusCode.Should().Be(HttpStatusCode.OK, addBody.ToJsonString());
            var id = addBody["id"]!.GetValue<string>();
            addBody["details"]!["sequence"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.String);

            var (got, getBody) = await SendAsync(HttpMethod.Get, $"{service}/v1/idps/templates/{id}");

            got.StatusCode.Should().Be(HttpStatusCode.OK);
            var idp = getBody["idp"]!;
            idp["type"]!.GetValue<string>().Should().Be(type);
            idp["config"]![key].Should().NotBeNull();
            idp["owner"]!.GetValue<string>().Should().Be(service == "admin" ? "IDP_OWNER_TYPE_SYSTEM" : "IDP_OWNER_TYPE_ORG");
            getBody.ToJsonString().Should().NotContain("hidden-pw").And.NotContain("aGlkZGVuLXB3");
        }
    }

    [Fact]
    public async Task List_pages_by_offset_with_string_uint64s_and_details()
    {
        var (response, body) = await PostAsync("management/v1/idps/templates/_search", """{"query":{"offset":"30","limit":5,"asc":true}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["details"]!["totalResult"]!.GetValue<string>().Should().Be("36", "24 organization and 12 instance providers are seeded");
        body["details"]!["processedSequence"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.String);
        body["details"]!["viewTimestamp"]!.GetValue<string>().Should().StartWith("2026-01-02T03:04:05");
        body["result"]!.AsArray().Should().HaveCount(5);

        var (_, past) = await PostAsync("management/v1/idps/templates/_search", """{"query":{"offset":36}}""");
        past["result"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Default_order_is_descending_and_asc_is_oldest_first()
    {
        var (_, desc) = await PostAsync("admin/v1/idps/templates/_search", "{}");
        var (_, asc) = await PostAsync("admin/v1/idps/templates/_search", """{"query":{"asc":true}}""");

        var descIds = desc["result"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();
        var ascIds = asc["result"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ToList();
        descIds.Should().HaveCount(12);
        ascIds.Should().Equal(Enumerable.Reverse(descIds));
    }

    [Fact]
    public async Task The_org_header_scopes_providers_to_an_organization()
    {
        var (_, added) = await PostAsync("management/v1/idps/github", """{"clientId":"c","clientSecret":"s"}""", orgId: "500");

        var (_, inOrg) = await PostAsync("management/v1/idps/templates/_search", """{"queries":[{"ownerTypeQuery":{"ownerType":"IDP_OWNER_TYPE_ORG"}}]}""", orgId: "500");
        var (_, inDefault) = await PostAsync("management/v1/idps/templates/_search", """{"queries":[{"idpIdQuery":{"id":"ID"}}]}""".Replace("ID", added["id"]!.GetValue<string>(), StringComparison.Ordinal));
        var (deleted, _) = await SendAsync(HttpMethod.Delete, $"management/v1/idps/templates/{added["id"]!.GetValue<string>()}");

        inOrg["result"]!.AsArray().Should().ContainSingle();
        inDefault["result"]!.AsArray().Should().BeEmpty();
        deleted.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Validation_errors_use_the_gateway_body()
    {
        var (missing, missingBody) = await PostAsync("management/v1/idps/generic_oidc", """{"name":"o","clientId":"c","clientSecret":"s"}""");
        var (unknown, unknownBody) = await PostAsync("management/v1/idps/google", """{"clientId":"c","clientSecret":"s","nope":1}""");
        var (adminOwner, adminOwnerBody) = await PostAsync("admin/v1/idps/templates/_search", """{"queries":[{"ownerTypeQuery":{"ownerType":"IDP_OWNER_TYPE_ORG"}}]}""");
        var (limit, limitBody) = await PostAsync("admin/v1/idps/templates/_search", """{"query":{"limit":1001}}""");

        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        missingBody["code"]!.GetValue<int>().Should().Be(3);
        missingBody["message"]!.GetValue<string>().Should().Be("invalid AddGenericOIDCProviderRequest.Issuer: value length must be between 1 and 200 runes, inclusive");
        missingBody["details"]!.AsArray().Should().NotBeNull();
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unknownBody["message"]!.GetValue<string>().Should().Contain("unknown field \"nope\"");
        adminOwner.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        adminOwnerBody["message"]!.GetValue<string>().Should().Contain("ownerTypeQuery");
        limit.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        limitBody["code"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task Admin_updates_gitlab_with_post_and_management_with_put()
    {
        var (_, adminAdded) = await PostAsync("admin/v1/idps/gitlab", """{"clientId":"c","clientSecret":"s"}""");
        var (_, orgAdded) = await PostAsync("management/v1/idps/gitlab_self_hosted", """{"name":"g","issuer":"https://g","clientId":"c","clientSecret":"s"}""");
        var adminId = adminAdded["id"]!.GetValue<string>();
        var orgId = orgAdded["id"]!.GetValue<string>();

        var (adminPost, _) = await PostAsync($"admin/v1/idps/gitlab/{adminId}", """{"clientId":"c2"}""");
        var (adminPut, adminPutBody) = await SendAsync(HttpMethod.Put, $"admin/v1/idps/gitlab/{adminId}", """{"clientId":"c3"}""");
        var (orgPut, _) = await SendAsync(HttpMethod.Put, $"management/v1/idps/gitlab_self_hosted/{orgId}", """{"name":"g2","issuer":"https://g","clientId":"c"}""");
        var (orgPost, _) = await PostAsync($"management/v1/idps/gitlab_self_hosted/{orgId}", """{"name":"g2","issuer":"https://g","clientId":"c"}""");

        adminPost.StatusCode.Should().Be(HttpStatusCode.OK);
        adminPut.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
        adminPutBody["code"]!.GetValue<int>().Should().Be(12);
        orgPut.StatusCode.Should().Be(HttpStatusCode.OK);
        orgPost.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
    }

    [Fact]
    public async Task Update_keeps_the_secret_when_empty_and_bumps_sequence_and_change_date()
    {
        var (_, added) = await PostAsync("management/v1/idps/ldap", """{"name":"l","baseDn":"dc=a","bindDn":"cn=b","bindPassword":"pw","userBase":"uid"}""");
        var id = added["id"]!.GetValue<string>();
        Time.Advance(TimeSpan.FromMinutes(5));

        var (updated, body) = await SendAsync(HttpMethod.Put, $"management/v1/idps/ldap/{id}", """{"name":"l2","baseDn":"dc=b","bindDn":"cn=b","userBase":"uid","timeout":"1.5s"}""");
        var (_, got) = await SendAsync(HttpMethod.Get, $"management/v1/idps/templates/{id}");

        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        ulong.Parse(body["details"]!["sequence"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThan(ulong.Parse(added["details"]!["sequence"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        got["idp"]!["name"]!.GetValue<string>().Should().Be("l2");
        got["idp"]!["config"]!["ldap"]!["timeout"]!.GetValue<string>().Should().Be("1.5s");
        got["idp"]!["details"]!["changeDate"]!.GetValue<string>().Should().StartWith("2026-01-02T03:09:05");
    }

    [Fact]
    public async Task Unknown_routes_and_ids_answer_not_found_with_code_5()
    {
        var (route, routeBody) = await SendAsync(HttpMethod.Get, "management/v1/nothing");
        var (id, idBody) = await SendAsync(HttpMethod.Get, "admin/v1/idps/templates/1");

        route.StatusCode.Should().Be(HttpStatusCode.NotFound);
        routeBody["code"]!.GetValue<int>().Should().Be(5);
        id.StatusCode.Should().Be(HttpStatusCode.NotFound);
        idBody["details"]![0]!["id"]!.GetValue<string>().Should().Be("COMMAND-2n8vs");
    }

    [Fact]
    public async Task Legacy_search_misses_template_providers()
    {
        var (_, legacy) = await PostAsync("management/v1/idps/oidc", """{"name":"legacy","clientId":"c","clientSecret":"s","issuer":"https://i"}""");
        await PostAsync("management/v1/idps/generic_oidc", """{"name":"template","issuer":"https://i","clientId":"c","clientSecret":"s"}""");

        var (_, list) = await PostAsync("management/v1/idps/_search", "{}");
        var (_, got) = await SendAsync(HttpMethod.Get, $"management/v1/idps/{legacy["idpId"]!.GetValue<string>()}");

        list["result"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).Should().Equal("legacy");
        list["details"]!["totalResult"]!.GetValue<string>().Should().Be("1");
        got["idp"]!["oidcConfig"]!["issuer"]!.GetValue<string>().Should().Be("https://i");
    }
}
