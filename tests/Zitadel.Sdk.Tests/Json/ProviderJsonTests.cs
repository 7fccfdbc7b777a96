using System.Text.Json;
using System.Text.Json.Nodes;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk.Tests.Json;

/// <summary>The config union, uint64s, durations and timestamps, from spec-shaped JSON.</summary>
public sealed class ProviderJsonTests
{
    // One spec-shaped (idp.v1.*Config) object per variant key, with the type it must become.
    public static TheoryData<string, string, Type> Variants() => new()
    {
        { "ldap", """{"servers":["ldaps://a:636"],"startTls":true,"baseDn":"dc=a","bindDn":"cn=b","userBase":"uid","userObjectClasses":["person"],"userFilters":["uid"],"timeout":"30s","attributes":{"idAttribute":"uid","profileAttribute":"p"},"rootCa":"LS0tLS1CRUdJTg=="}""", typeof(LdapProviderConfig) },
        { "google", """{"clientId":"g","scopes":["openid"]}""", typeof(GoogleProviderConfig) },
        { "oauth", """{"clientId":"o","authorizationEndpoint":"https://a","tokenEndpoint":"https://t","userEndpoint":"https://u","scopes":["s"],"idAttribute":"id","usePkce":true}""", typeof(GenericOAuthProviderConfig) },
        { "oidc", """{"issuer":"https://i","clientId":"c","scopes":["openid"],"isIdTokenMapping":true,"usePkce":true}""", typeof(GenericOidcProviderConfig) },
        { "jwt", """{"jwtEndpoint":"https://j","issuer":"https://i","keysEndpoint":"https://k","headerName":"x-auth-token"}""", typeof(JwtProviderConfig) },
        { "github", """{"clientId":"gh","scopes":["read:user"]}""", typeof(GitHubProviderConfig) },
        { "githubEs", """{"clientId":"ghes","authorizationEndpoint":"https://a","tokenEndpoint":"https://t","userEndpoint":"https://u","scopes":[]}""", typeof(GitHubEnterpriseServerProviderConfig) },
        { "gitlab", """{"clientId":"gl","scopes":["openid"]}""", typeof(GitLabProviderConfig) },
        { "gitlabSelfHosted", """{"issuer":"https://gitlab.example.com","clientId":"glsh","scopes":["openid"]}""", typeof(GitLabSelfHostedProviderConfig) },
        { "azureAd", """{"clientId":"az","tenant":{"tenantType":"AZURE_AD_TENANT_TYPE_CONSUMERS"},"emailVerified":true,"scopes":["User.Read"]}""", typeof(AzureADProviderConfig) },
        { "apple", """{"clientId":"com.a","teamId":"ALT03JV3OS","keyId":"OGKDK25KD","scopes":["name","email"]}""", typeof(AppleProviderConfig) },
        { "saml", """{"metadataXml":"PHhtbC8+","binding":"SAML_BINDING_ARTIFACT","withSignedRequest":true,"nameIdFormat":"SAML_NAME_ID_FORMAT_TRANSIENT","transientMappingAttributeName":"uid","federatedLogoutEnabled":true,"signatureAlgorithm":"SAML_SIGNATURE_RSA_SHA512"}""", typeof(SamlProviderConfig) },
    };

    private static Provider Read(string json) => JsonSerializer.Deserialize(json, ZitadelJsonContext.Default.Provider)!;

    private static string Wrap(string config) => $$"""{"id":"1","name":"n","type":"PROVIDER_TYPE_OIDC","config":{{config}}}""";

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_variant_is_read_with_options_before_or_after_and_written_back_unchanged(string key, string body, Type expected)
    {
        const string options = """{"isLinkingAllowed":true,"isCreationAllowed":false,"isAutoCreation":true,"isAutoUpdate":false,"autoLinking":"AUTO_LINKING_OPTION_USERNAME"}""";
        foreach (var config in new[] { $$"""{"options":{{options}},"{{key}}":{{body}}}""", $$"""{"{{key}}":{{body}},"options":{{options}}}""" })
        {
            // config first, then the other properties, and the reverse.
            foreach (var json in new[] { Wrap(config), $$"""{"config":{{config}},"type":"X","name":"n","id":"1"}""" })
            {
                var provider = Read(json);

                provider.Config.Should().BeOfType(expected);
                provider.Config!.Key.Should().Be(key);
                provider.Config.Options!.AutoLinking.Should().Be(AutoLinkingOption.Username);
                provider.Config.Options.IsAutoCreation.Should().BeTrue();
                var written = JsonSerializer.SerializeToNode(provider, ZitadelJsonContext.Default.Provider)!["config"]!;
                JsonNode.DeepEquals(written, JsonNode.Parse(config)).Should().BeTrue($"{key} should round-trip, got {written.ToJsonString()}");
            }
        }
    }

    [Fact]
    public void Variant_fields_are_typed()
    {
        var ldap = (LdapProviderConfig)Read(Wrap("""{"ldap":{"timeout":"1.5s","rootCa":"LS0tLS1CRUdJTg==","attributes":{"idAttribute":"uid"}}}""")).Config!;
        ldap.Ldap.Timeout.Should().Be(TimeSpan.FromMilliseconds(1500));
        ldap.Ldap.RootCa.Should().Equal("-----BEGIN"u8.ToArray());
        ldap.Ldap.Attributes!.IdAttribute.Should().Be("uid");

        var azure = (AzureADProviderConfig)Read(Wrap("""{"azureAd":{"tenant":{"tenantId":"t-1"}}}""")).Config!;
        azure.AzureAD.Tenant!.TenantId.Should().Be("t-1");
        azure.AzureAD.Tenant.TenantType.Should().BeNull();

        var saml = (SamlProviderConfig)Read(Wrap("""{"saml":{"binding":"SAML_BINDING_NEW","signatureAlgorithm":"SAML_SIGNATURE_RSA_SHA1"}}""")).Config!;
        saml.Saml.Binding!.Value.IsKnown.Should().BeFalse();
        saml.Saml.Binding.Value.Value.Should().Be("SAML_BINDING_NEW");
        saml.Saml.SignatureAlgorithm.Should().Be(SamlSignatureAlgorithm.RsaSha1);
    }

    [Theory]
    [InlineData("""{"options":{"isAutoUpdate":true},"passkey":{"rpId":"example.com","clientSecret":"hidden-1"}}""", "passkey")]
    [InlineData("""{"passkey":{"rpId":"example.com"},"options":{"isAutoUpdate":true}}""", "passkey")]
    [InlineData("""{"options":{"isAutoUpdate":true}}""", null)]
    [InlineData("""{"options":{"isAutoUpdate":true},"ldap":null}""", null)]
    public void Unknown_or_missing_variant_becomes_unknown_and_keeps_raw_json(string config, string? key)
    {
        var provider = Read(Wrap(config));

        var unknown = provider.Config.Should().BeOfType<UnknownProviderConfig>().Subject;
        unknown.Key.Should().Be(key);
        unknown.Discriminator.Should().Be(key);
        unknown.Options!.IsAutoUpdate.Should().BeTrue();
        JsonNode.DeepEquals(JsonNode.Parse(unknown.RawJson.GetRawText()), JsonNode.Parse(config)).Should().BeTrue();
        var written = JsonSerializer.SerializeToNode(provider, ZitadelJsonContext.Default.Provider)!["config"]!;
        JsonNode.DeepEquals(written, JsonNode.Parse(config)).Should().BeTrue();
        unknown.ToString().Should().NotContain("hidden-1");
    }

    [Fact]
    public void Missing_and_null_config_are_null()
    {
        Read("""{"id":"1"}""").Config.Should().BeNull();
        Read("""{"id":"1","config":null}""").Config.Should().BeNull();
    }

    [Fact]
    public void Unknown_enum_values_and_unknown_fields_are_kept()
    {
        var provider = Read("""{"id":"1","state":"IDP_STATE_MIGRATED","owner":"IDP_OWNER_TYPE_SOMETHING","type":"PROVIDER_TYPE_PASSKEY","extra":{"a":1}}""");

        provider.State!.Value.Value.Should().Be("IDP_STATE_MIGRATED");
        provider.State.Value.IsKnown.Should().BeFalse();
        provider.Type!.Value.Value.Should().Be("PROVIDER_TYPE_PASSKEY");
        provider.AdditionalProperties.Should().ContainKey("extra");
        ProviderType.Saml.IsKnown.Should().BeTrue();
        TextQueryMethod.EndsWithIgnoreCase.Value.Should().Be("TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE");
    }

    [Theory]
    [InlineData("\"18446744073709551615\"", 18446744073709551615UL)]
    [InlineData("18446744073709551615", 18446744073709551615UL)]
    [InlineData("\"0\"", 0UL)]
    [InlineData("9007199254740993", 9007199254740993UL)]
    public void Uint64_is_read_from_string_or_number(string value, ulong expected)
    {
        var list = JsonSerializer.Deserialize($$"""{"details":{"totalResult":{{value}},"processedSequence":{{value}}},"result":[]}""", ZitadelJsonContext.Default.ListProvidersResponse)!;

        list.Details!.TotalResult.Should().Be(expected);
        list.Details.ProcessedSequence.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"-1\"")]
    [InlineData("\"1.5\"")]
    [InlineData("\"\"")]
    [InlineData("-1")]
    [InlineData("true")]
    public void Invalid_uint64_fails_as_json(string value)
    {
        var act = () => JsonSerializer.Deserialize($$$"""{"details":{"totalResult":{{{value}}}}}""", ZitadelJsonContext.Default.ListProvidersResponse);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Uint64_is_written_as_a_string_and_limit_as_a_number()
    {
        var json = JsonSerializer.Serialize(new ListProvidersRequest { Query = new ListQuery { Offset = ulong.MaxValue, Limit = 5 } }, ZitadelJsonContext.Default.ListProvidersRequest);

        json.Should().Be("""{"query":{"offset":"18446744073709551615","limit":5}}""");
    }

    [Theory]
    [InlineData("10s", 100_000_000L)]
    [InlineData("0s", 0L)]
    [InlineData("1.5s", 15_000_000L)]
    [InlineData("0.000000100s", 1L)]
    [InlineData("0.000000199s", 1L)]
    [InlineData("-2.25s", -22_500_000L)]
    [InlineData("3600s", 36_000_000_000L)]
    public void Durations_are_read_from_protobuf_strings(string wire, long ticks)
    {
        DurationConverterTestAccess.Parse(wire).Should().Be(new TimeSpan(ticks));
    }

    [Theory]
    [InlineData(100_000_000L, "10s")]
    [InlineData(15_000_000L, "1.500s")]
    [InlineData(15_000L, "0.001500s")]
    [InlineData(1L, "0.000000100s")]
    [InlineData(-22_500_000L, "-2.250s")]
    public void Durations_are_written_with_3_6_or_9_digits(long ticks, string wire)
    {
        var json = JsonSerializer.Serialize(new AddLdapProviderRequest { Timeout = new TimeSpan(ticks) }, ZitadelJsonContext.Default.AddLdapProviderRequest);

        json.Should().Be($$"""{"timeout":"{{wire}}"}""");
    }

    [Theory]
    [InlineData("\"10\"")]
    [InlineData("\"s\"")]
    [InlineData("\"string\"")]
    [InlineData("\"1.1234567890s\"")]
    public void Strings_that_are_not_durations_read_as_null_instead_of_failing_the_page(string value)
    {
        var config = (LdapProviderConfig)JsonSerializer.Deserialize($$$"""{"ldap":{"timeout":{{{value}}},"baseDn":"dc=a"}}""", ZitadelJsonContext.Default.ProviderConfig)!;

        config.Ldap.Timeout.Should().BeNull();
        config.Ldap.BaseDn.Should().Be("dc=a");
    }

    [Fact]
    public void A_duration_that_is_not_a_string_fails_as_json()
    {
        var act = () => JsonSerializer.Deserialize("""{"ldap":{"timeout":10}}""", ZitadelJsonContext.Default.ProviderConfig);

        act.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("2024-05-01T10:00:00Z")]
    [InlineData("2024-05-01T10:00:00.123Z")]
    [InlineData("2024-05-01T10:00:00.123456Z")]
    [InlineData("2024-05-01T10:00:00.123456789Z")]
    [InlineData("2024-05-01T12:00:00.1+02:00")]
    public void Timestamps_with_any_protobuf_precision_are_read(string value)
    {
        var details = JsonSerializer.Deserialize($$"""{"creationDate":"{{value}}"}""", ZitadelJsonContext.Default.Provider);

        details.Should().NotBeNull();
        var provider = JsonSerializer.Deserialize($$$"""{"details":{"creationDate":"{{{value}}}"}}""", ZitadelJsonContext.Default.Provider)!;
        provider.Details!.CreationDate!.Value.UtcDateTime.Should().BeCloseTo(new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
    }
}
