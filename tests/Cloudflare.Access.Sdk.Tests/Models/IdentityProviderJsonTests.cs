using System.Text.Json;
using System.Text.Json.Nodes;
using Cloudflare.Access.Sdk.Json;
using Cloudflare.Access.Sdk.Models;
using Cloudflare.Access.Sdk.Tests.TestSupport;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Tests.Models;

/// <summary>The union converter and the 14 variant models against spec-shaped JSON.</summary>
public sealed class IdentityProviderJsonTests
{
    private static readonly Dictionary<string, Type> ExpectedVariant = new()
    {
        ["azureAD"] = typeof(AzureADIdentityProvider),
        ["centrify"] = typeof(CentrifyIdentityProvider),
        ["facebook"] = typeof(FacebookIdentityProvider),
        ["github"] = typeof(GitHubIdentityProvider),
        ["google"] = typeof(GoogleIdentityProvider),
        ["google-apps"] = typeof(GoogleAppsIdentityProvider),
        ["linkedin"] = typeof(LinkedInIdentityProvider),
        ["oidc"] = typeof(OidcIdentityProvider),
        ["okta"] = typeof(OktaIdentityProvider),
        ["onelogin"] = typeof(OneLoginIdentityProvider),
        ["pingone"] = typeof(PingOneIdentityProvider),
        ["saml"] = typeof(SamlIdentityProvider),
        ["yandex"] = typeof(YandexIdentityProvider),
        ["onetimepin"] = typeof(OneTimePinIdentityProvider),
    };

    private static IdentityProvider Read(string json) =>
        JsonSerializer.Deserialize(json, CloudflareJsonContext.Default.IdentityProvider)!;

    private static string Write(IdentityProvider provider) =>
        JsonSerializer.Serialize(provider, CloudflareJsonContext.Default.IdentityProvider);

    [Theory]
    [MemberData(nameof(TypesAndPositions))]
    public void Every_variant_is_chosen_by_type_wherever_it_sits_and_maps_every_documented_field(string type, int typePosition)
    {
        var json = CloudflareJson.Provider(type, typePosition);

        var provider = Read(json);

        provider.Should().BeOfType(ExpectedVariant[type]);
        provider.Type.Value.Should().Be(type);
        provider.Type.IsKnown.Should().BeTrue();
        provider.Id.Should().Be(CloudflareJson.OidcId);
        provider.Name.Should().Be("Widget Corps IDP");
        provider.Config.Should().NotBeNull();
        // Nothing fell into extension data: every documented field has a typed property.
        provider.AdditionalProperties.Should().BeEmpty();
        provider.Config!.AdditionalProperties.Should().BeEmpty();
        provider.ScimConfig!.AdditionalProperties.Should().BeEmpty();
        provider.ScimConfig.Should().BeEquivalentTo(new
        {
            Enabled = true,
            GroupMemberDeprovision = false,
            IdentityUpdateBehavior = (ScimIdentityUpdateBehavior?)ScimIdentityUpdateBehavior.Automatic,
            ScimBaseUrl = "https://acme.cloudflareaccess.com/populations/x/scim/v2",
            SeatDeprovision = true,
            Secret = "scim-secret-value-1",
            UserDeprovision = true,
        });

        // Writing it back gives the same JSON: no field lost, none invented.
        CloudflareMockServer.ShouldBeJson(Write(provider), json);
    }

    public static TheoryData<string, int> TypesAndPositions()
    {
        var data = new TheoryData<string, int>();
        foreach (var type in CloudflareJson.Configs.Keys)
        {
            data.Add(type, 0);
            data.Add(type, 3);
            data.Add(type, 4);
        }

        return data;
    }

    [Fact]
    public void Oidc_config_maps_to_typed_properties()
    {
        var oidc = Read(CloudflareJson.Provider("oidc", 4)).Should().BeOfType<OidcIdentityProvider>().Subject;

        oidc.Config.Should().BeEquivalentTo(new
        {
            ClientId = "oidc-client",
            ClientSecret = "oidc-secret",
            Claims = new[] { "given_name", "locale" },
            EmailClaimName = "email",
            AuthUrl = "https://accounts.google.com/o/oauth2/auth",
            CertsUrl = "https://www.googleapis.com/oauth2/v3/certs",
            PkceEnabled = true,
            Scopes = new[] { "openid", "email", "profile" },
            TokenUrl = "https://accounts.google.com/o/oauth2/token",
        });
    }

    [Fact]
    public void Saml_config_maps_header_attributes_and_certificates()
    {
        var saml = Read(CloudflareJson.Provider("saml", 2)).Should().BeOfType<SamlIdentityProvider>().Subject;

        saml.Config.Attributes.Should().Equal("group", "department_code", "divison");
        saml.Config.EmailAttributeName.Should().Be("Email");
        saml.Config.HeaderAttributes.Should().ContainSingle().Which.Should().BeEquivalentTo(new { AttributeName = "department", HeaderName = "X-Department" });
        saml.Config.IdpPublicCerts.Should().Equal("MIIDpDCCAoygAwIBAgIGAV2ka+55MA0GCSqGSIb3DQEBCwUA");
        saml.Config.IssuerUrl.Should().Be("https://whoami.com");
        saml.Config.SignRequest.Should().BeTrue();
        saml.Config.SsoTargetUrl.Should().Be("https://edgeaccess.org/idp/saml/login");
    }

    [Fact]
    public void AzureAD_config_maps_prompt_as_an_extensible_enum()
    {
        var azure = Read(CloudflareJson.Provider("azureAD")).Should().BeOfType<AzureADIdentityProvider>().Subject;

        azure.Config.Prompt.Should().Be(AzureADPrompt.Login);
        azure.Config.DirectoryId.Should().Be("<your azure directory uuid>");
        azure.Config.ConditionalAccessEnabled.Should().BeTrue();
        azure.Config.SupportGroups.Should().BeTrue();
        azure.Config.Claims.Should().Equal("email_verified", "preferred_username", "custom_claim_name");
        azure.Config.EmailClaimName.Should().Be("custom_claim_name");

        var newer = Read("""{"name":"n","type":"azureAD","config":{"prompt":"consent"},"scim_config":{"identity_update_behavior":"later"}}""");
        var newerAzure = newer.Should().BeOfType<AzureADIdentityProvider>().Subject;
        newerAzure.Config.Prompt!.Value.Value.Should().Be("consent");
        newerAzure.Config.Prompt.Value.IsKnown.Should().BeFalse();
        newer.ScimConfig!.IdentityUpdateBehavior!.Value.Value.Should().Be("later");
        Write(newer).Should().Contain("\"prompt\":\"consent\"").And.Contain("\"identity_update_behavior\":\"later\"");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Missing_optional_config_fields_and_missing_scim_config_read_as_null(string type)
    {
        var provider = Read($$$"""{"name":"Minimal","type":"{{{type}}}","config":{}}""");

        provider.Should().BeOfType(ExpectedVariant[type]);
        provider.Id.Should().BeNull();
        provider.ScimConfig.Should().BeNull();
        var config = provider.Config!;
        config.AdditionalProperties.Should().BeEmpty();
        foreach (var property in config.GetType().GetProperties().Where(p => p.Name != nameof(IdentityProviderConfig.AdditionalProperties)))
        {
            property.GetValue(config).Should().BeNull($"{type} config.{property.Name} was not sent");
        }

        Write(provider).Should().Be($$$"""{"name":"Minimal","type":"{{{type}}}","config":{}}""");
    }

    public static TheoryData<string> Types() => CloudflareJson.Types;

    [Fact]
    public void A_missing_config_object_gives_an_empty_config()
    {
        var provider = Read("""{"type":"github","name":"No config"}""");

        provider.Should().BeOfType<GitHubIdentityProvider>().Which.Config.Should().NotBeNull();
        ((GitHubIdentityProvider)provider).Config.ClientId.Should().BeNull();
    }

    [Fact]
    public void Create_body_of_a_typed_oidc_provider_has_its_type_and_only_its_config_fields()
    {
        var provider = new OidcIdentityProvider
        {
            Name = "Corp OIDC",
            Config = new OidcConfig
            {
                ClientId = "cid",
                ClientSecret = "csecret",
                AuthUrl = "https://idp.example.com/authorize",
                TokenUrl = "https://idp.example.com/token",
                CertsUrl = "https://idp.example.com/jwks",
                Scopes = ["openid", "email"],
                PkceEnabled = true,
            },
            ScimConfig = new IdentityProviderScimConfig { Enabled = true, UserDeprovision = true, IdentityUpdateBehavior = ScimIdentityUpdateBehavior.Reauth },
        };

        Write(provider).Should().Be(
            """{"name":"Corp OIDC","type":"oidc","config":{"client_id":"cid","client_secret":"csecret","auth_url":"https://idp.example.com/authorize","certs_url":"https://idp.example.com/jwks","pkce_enabled":true,"scopes":["openid","email"],"token_url":"https://idp.example.com/token"},"scim_config":{"enabled":true,"identity_update_behavior":"reauth","user_deprovision":true}}""");
    }

    [Fact]
    public void Create_bodies_of_the_other_shapes_carry_the_right_type()
    {
        Write(new OneTimePinIdentityProvider { Name = "PIN" }).Should().Be("""{"name":"PIN","type":"onetimepin","config":{}}""");
        Write(new GitHubIdentityProvider { Name = "GH", Config = new GitHubConfig { ClientId = "a", ClientSecret = "b" } })
            .Should().Be("""{"name":"GH","type":"github","config":{"client_id":"a","client_secret":"b"}}""");
        Write(new GoogleAppsIdentityProvider { Name = "GW", Config = new GoogleAppsConfig { AppsDomain = "example.com" } })
            .Should().Be("""{"name":"GW","type":"google-apps","config":{"apps_domain":"example.com"}}""");
        Write(new SamlIdentityProvider
        {
            Name = "SAML",
            Config = new SamlConfig
            {
                IssuerUrl = "https://idp",
                SsoTargetUrl = "https://idp/sso",
                HeaderAttributes = [new SamlHeaderAttribute { AttributeName = "dept", HeaderName = "X-Dept" }],
                IdpPublicCerts = ["MIIC"],
            },
        }).Should().Be("""{"name":"SAML","type":"saml","config":{"header_attributes":[{"attribute_name":"dept","header_name":"X-Dept"}],"idp_public_certs":["MIIC"],"issuer_url":"https://idp","sso_target_url":"https://idp/sso"}}""");
        Write(new AzureADIdentityProvider { Name = "Entra", Config = new AzureADConfig { DirectoryId = "dir", Prompt = AzureADPrompt.SelectAccount } })
            .Should().Be("""{"name":"Entra","type":"azureAD","config":{"directory_id":"dir","prompt":"select_account"}}""");
    }

    [Fact]
    public void Every_variant_serializes_its_own_type_string()
    {
        IdentityProvider[] all =
        [
            new AzureADIdentityProvider { Name = "n" }, new CentrifyIdentityProvider { Name = "n" }, new FacebookIdentityProvider { Name = "n" },
            new GitHubIdentityProvider { Name = "n" }, new GoogleIdentityProvider { Name = "n" }, new GoogleAppsIdentityProvider { Name = "n" },
            new LinkedInIdentityProvider { Name = "n" }, new OidcIdentityProvider { Name = "n" }, new OktaIdentityProvider { Name = "n" },
            new OneLoginIdentityProvider { Name = "n" }, new PingOneIdentityProvider { Name = "n" }, new SamlIdentityProvider { Name = "n" },
            new YandexIdentityProvider { Name = "n" }, new OneTimePinIdentityProvider { Name = "n" },
        ];

        all.Select(p => JsonNode.Parse(Write(p))!["type"]!.GetValue<string>())
            .Should().BeEquivalentTo(CloudflareJson.Configs.Keys);
        all.Select(p => Read(Write(p)).GetType()).Should().Equal(all.Select(p => p.GetType()));
    }

    [Fact]
    public void An_unknown_type_keeps_the_raw_json_and_writes_it_back_unchanged()
    {
        const string Raw = """{"config":{"tenant":"t1","client_secret":"s3cr3t","nested":{"a":[1,2.50,true,null]}},"id":"0b1c","name":"Future IdP","type":"passkey-federation","extra":{"x":1}}""";

        var provider = Read(Raw);

        var unknown = provider.Should().BeOfType<UnknownIdentityProvider>().Subject;
        unknown.Discriminator.Should().Be("passkey-federation");
        unknown.Type.Value.Should().Be("passkey-federation");
        unknown.Type.IsKnown.Should().BeFalse();
        unknown.Id.Should().Be("0b1c");
        unknown.Name.Should().Be("Future IdP");
        unknown.Config.Should().BeNull();
        ((IUnknownVariant)unknown).RawJson.GetRawText().Should().Be(Raw);
        Write(unknown).Should().Be(Raw);
    }

    [Fact]
    public void An_unknown_variant_round_trips_inside_a_list_envelope()
    {
        var envelope = CloudflareJson.Envelope("[" + CloudflareJson.Minimal("1") + """,{"name":"x","type":"new","config":{"k":[1,{"b":2}]}}""" + "]");

        var read = JsonSerializer.Deserialize(envelope, CloudflareJsonContext.Default.CloudflareEnvelopeIReadOnlyListIdentityProvider)!;

        read.Result!.Select(p => p.GetType()).Should().Equal(typeof(GitHubIdentityProvider), typeof(UnknownIdentityProvider));
        Write(read.Result![1]).Should().Be("""{"name":"x","type":"new","config":{"k":[1,{"b":2}]}}""");
    }

    [Fact]
    public void A_provider_without_type_is_unknown_with_no_discriminator()
    {
        var provider = Read("""{"name":"typeless","config":{}}""");

        var unknown = provider.Should().BeOfType<UnknownIdentityProvider>().Subject;
        unknown.Discriminator.Should().BeNull();
        unknown.Name.Should().Be("typeless");
    }

    [Fact]
    public void Type_matching_is_case_sensitive_as_on_the_wire()
    {
        Read("""{"name":"n","type":"AzureAD","config":{}}""").Should().BeOfType<UnknownIdentityProvider>();
        Read("""{"name":"n","type":"azureAD","config":{}}""").Should().BeOfType<AzureADIdentityProvider>();
    }

    [Fact]
    public void Fields_a_newer_server_adds_are_kept_and_written_back()
    {
        const string Json = """{"id":"1","name":"n","type":"azureAD","config":{"client_id":"c","azure_cloud":"default"},"created_at":"2026-01-01"}""";

        var provider = Read(Json);

        provider.AdditionalProperties.Should().ContainKey("created_at");
        provider.Config!.AdditionalProperties.Should().ContainKey("azure_cloud");
        CloudflareMockServer.ShouldBeJson(Write(provider), Json);
    }

    [Fact]
    public void ToString_redacts_client_secrets_and_scim_secrets_of_every_variant()
    {
        foreach (var type in CloudflareJson.Configs.Keys)
        {
            var text = Read(CloudflareJson.Provider(type)).ToString();

            text.Should().NotContain("secret-value").And.NotContain("-secret\"").And.NotContain("<your client secret>");
            text.Should().NotContain("scim-secret-value-1");
            text.Should().Contain("Widget Corps IDP");
        }

        var oidc = Read(CloudflareJson.Provider("oidc"));
        oidc.ToString().Should().Contain("ClientId = oidc-client").And.Contain("ClientSecret = ***REDACTED***").And.Contain("Secret = ***REDACTED***")
            .And.NotContain("oidc-secret");
        ((OidcIdentityProvider)oidc).Config.ToString().Should().NotContain("oidc-secret");
        oidc.ScimConfig!.ToString().Should().NotContain("scim-secret-value-1");

        var unknown = Read("""{"name":"u","type":"new","config":{"client_secret":"raw-secret-1","token":"raw-token-2"}}""");
        unknown.ToString().Should().NotContain("raw-secret-1").And.NotContain("raw-token-2").And.Contain("RawJson");
    }

    [Fact]
    public void Reading_a_non_object_is_a_json_error()
    {
        var act = () => Read("[1]");

        act.Should().Throw<JsonException>();
    }
}
