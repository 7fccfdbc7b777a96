using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Sdk;
using Idp.Cli.Audit;
using Zitadel.Sdk.Models;
using static Idp.Cli.Tests.Audit.AuditTestData;

namespace Idp.Cli.Tests.Audit;

public sealed class AuditRulesTests
{
    private static AuditFinding? Check(ProviderAuditRule rule, IdentityProviderInfo provider, IdentityProviderCapabilities? capabilities = null) =>
        rule.Evaluate(provider, capabilities ?? WithPkce);

    // Every rule: stable ids, kebab names, one-line texts, fix lines that fit 80 columns in the table.

    [Fact]
    public void All_has_the_nine_rules_in_id_order_with_unique_ids_and_names()
    {
        AuditRules.All.Select(r => r.Id).Should().Equal("IDP001", "IDP002", "IDP003", "IDP004", "IDP005", "IDP006", "IDP007", "IDP008", "IDP009");
        AuditRules.All.Select(r => r.Name).Should().Equal(
            "pkce-disabled", "insecure-endpoint", "scim-seat-without-user-deprovision", "scim-identity-update-no-action",
            "client-secret-missing", "provider-disabled", "duplicate-client-id", "zitadel-auto-provisioning-without-linking", "ldap-without-tls");
        AuditRules.All.Select(r => r.Severity).Should().Equal(
            AuditSeverity.Medium, AuditSeverity.High, AuditSeverity.Medium, AuditSeverity.Medium, AuditSeverity.High,
            AuditSeverity.Low, AuditSeverity.Medium, AuditSeverity.Medium, AuditSeverity.High);
    }

    [Fact]
    public void Rule_texts_are_single_lines_and_fix_lines_fit_80_columns()
    {
        foreach (var rule in AuditRules.All)
        {
            rule.Name.Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$");
            rule.Description.Should().NotContainAny("\n", "\r").And.EndWith(".");
            rule.Fix.Should().NotContainAny("\n", "\r").And.EndWith(".");
            $"{rule.Id} fix: {rule.Fix}".Length.Should().BeLessThanOrEqualTo(80, rule.Id);
        }
    }

    [Theory]
    [InlineData("IDP008")]
    [InlineData("idp008")]
    [InlineData("Zitadel-Auto-Provisioning-Without-Linking")]
    public void Rules_are_found_by_id_or_name(string idOrName) =>
        AuditRules.Find(idOrName).Should().BeSameAs(AuditRules.ZitadelAutoProvisioningWithoutLinking);

    [Fact]
    public void An_unknown_rule_is_not_found() => AuditRules.Find("IDP999").Should().BeNull();

    // IDP001 pkce-disabled

    [Fact]
    public void Pkce_off_on_an_oidc_provider_at_a_vendor_that_supports_it_is_a_finding()
    {
        var finding = Check(AuditRules.PkceDisabled, KeycardIdp() with { PkceEnabled = false });

        finding.Should().NotBeNull();
        finding!.RuleId.Should().Be("IDP001");
        finding.RuleName.Should().Be("pkce-disabled");
        finding.Severity.Should().Be(AuditSeverity.Medium);
        finding.Vendor.Should().Be("keycard");
        finding.ProviderId.Should().Be("prv_1");
        finding.ProviderName.Should().Be("Okta");
        finding.Message.Should().Be("protocols.oauth2.code_challenge_methods_supported is empty: PKCE is not enforced on this oidc provider");
        finding.Fix.Should().Be(AuditRules.PkceDisabled.Fix);
    }

    [Fact]
    public void Pkce_findings_name_the_vendor_field()
    {
        Check(AuditRules.PkceDisabled, CloudflareIdp(null) with { PkceEnabled = false })!.Message.Should().StartWith("config.pkce_enabled is not true: ");
        Check(AuditRules.PkceDisabled, WaldurIdp() with { PkceEnabled = false })!.Message.Should().StartWith("enable_pkce is not true: ");
        Check(AuditRules.PkceDisabled, ZitadelIdp(ZitadelOidc(usePkce: false)) with { PkceEnabled = false })!.Message.Should().StartWith("config.oidc.usePkce is not true: ");
    }

    [Fact]
    public void Pkce_off_on_an_oauth2_provider_is_a_finding() =>
        Check(AuditRules.PkceDisabled, KeycardIdp() with { Protocol = ProtocolFamily.OAuth2, PkceEnabled = false })!.Message.Should().EndWith("on this oauth2 provider");

    [Fact]
    public void Pkce_off_at_a_vendor_without_pkce_support_is_not_a_finding() =>
        Check(AuditRules.PkceDisabled, KeycardIdp() with { PkceEnabled = false }, WithoutPkce).Should().BeNull();

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void Pkce_on_or_unknown_is_not_a_finding(bool? pkce) =>
        Check(AuditRules.PkceDisabled, KeycardIdp() with { PkceEnabled = pkce }).Should().BeNull();

    [Fact]
    public void Pkce_off_on_a_saml_provider_is_not_a_finding() =>
        Check(AuditRules.PkceDisabled, KeycardIdp() with { Protocol = ProtocolFamily.Saml, PkceEnabled = false }).Should().BeNull();

    // IDP002 insecure-endpoint

    [Fact]
    public void Plain_http_endpoints_are_one_finding_listing_them()
    {
        var provider = KeycardIdp() with { Endpoints = ["https://ok.example", "http://a.example/auth", "HTTP://B.example/token"] };

        var finding = Check(AuditRules.InsecureEndpoint, provider);

        finding!.Severity.Should().Be(AuditSeverity.High);
        finding.Message.Should().Be("http://a.example/auth, HTTP://B.example/token (plain HTTP)");
    }

    [Fact]
    public void Https_endpoints_are_not_a_finding() =>
        Check(AuditRules.InsecureEndpoint, KeycardIdp() with { Endpoints = ["https://a.example", "HTTPS://b.example", "ldaps://dc.example"] }).Should().BeNull();

    [Fact]
    public void No_endpoints_is_not_a_finding() =>
        Check(AuditRules.InsecureEndpoint, KeycardIdp() with { Endpoints = [] }).Should().BeNull();

    [Fact]
    public void Credentials_and_secret_query_values_in_insecure_urls_are_masked()
    {
        var provider = KeycardIdp() with { Endpoints = ["http://admin:hunter2@idp.example/token?client_secret=s3cr3t&tenant=corp"] };

        var message = Check(AuditRules.InsecureEndpoint, provider)!.Message;

        message.Should().Be("http://***@idp.example/token?client_secret=***&tenant=corp (plain HTTP)");
        message.Should().NotContainAny("hunter2", "s3cr3t");
    }

    [Fact]
    public void Many_insecure_endpoints_are_listed_up_to_five()
    {
        var provider = KeycardIdp() with { Endpoints = Enumerable.Range(1, 7).Select(i => $"http://e{i}.example").ToList() };

        Check(AuditRules.InsecureEndpoint, provider)!.Message.Should()
            .Be("http://e1.example, http://e2.example, http://e3.example, http://e4.example, http://e5.example and 2 more (plain HTTP)");
    }

    // IDP003 scim-seat-without-user-deprovision

    [Theory]
    [InlineData(false, "false")]
    [InlineData(null, "unset")]
    public void Seat_deprovisioning_without_user_deprovisioning_is_a_finding(bool? userDeprovision, string shown)
    {
        var finding = Check(AuditRules.ScimSeatWithoutUserDeprovision, CloudflareIdp(new IdentityProviderScimConfig { Enabled = true, SeatDeprovision = true, UserDeprovision = userDeprovision }));

        finding!.Message.Should().Be($"scim_config.user_deprovision is {shown} while scim_config.seat_deprovision is true");
        finding.Vendor.Should().Be("cloudflare");
    }

    [Fact]
    public void Seat_deprovisioning_with_user_deprovisioning_is_not_a_finding() =>
        Check(AuditRules.ScimSeatWithoutUserDeprovision, CloudflareIdp(new IdentityProviderScimConfig { SeatDeprovision = true, UserDeprovision = true })).Should().BeNull();

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void No_seat_deprovisioning_is_not_a_finding(bool? seat) =>
        Check(AuditRules.ScimSeatWithoutUserDeprovision, CloudflareIdp(new IdentityProviderScimConfig { SeatDeprovision = seat, UserDeprovision = false })).Should().BeNull();

    [Fact]
    public void No_scim_config_is_not_a_scim_finding()
    {
        Check(AuditRules.ScimSeatWithoutUserDeprovision, CloudflareIdp(null)).Should().BeNull();
        Check(AuditRules.ScimIdentityUpdateNoAction, CloudflareIdp(null)).Should().BeNull();
    }

    // IDP004 scim-identity-update-no-action

    [Fact]
    public void Enabled_scim_with_no_action_updates_is_a_finding() =>
        Check(AuditRules.ScimIdentityUpdateNoAction, CloudflareIdp(new IdentityProviderScimConfig { Enabled = true, IdentityUpdateBehavior = ScimIdentityUpdateBehavior.NoAction }))!
            .Message.Should().Be("scim_config.identity_update_behavior is no_action while SCIM is enabled");

    [Fact]
    public void No_action_read_from_the_wire_is_a_finding() =>
        Check(AuditRules.ScimIdentityUpdateNoAction, CloudflareIdp(new IdentityProviderScimConfig { Enabled = true, IdentityUpdateBehavior = new ScimIdentityUpdateBehavior("no_action") }))
            .Should().NotBeNull();

    [Theory]
    [InlineData("automatic")]
    [InlineData("reauth")]
    [InlineData(null)]
    public void Other_update_behaviours_are_not_a_finding(string? behavior) =>
        Check(AuditRules.ScimIdentityUpdateNoAction, CloudflareIdp(new IdentityProviderScimConfig
        {
            Enabled = true,
            IdentityUpdateBehavior = behavior is null ? null : new ScimIdentityUpdateBehavior(behavior),
        })).Should().BeNull();

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void No_action_with_scim_disabled_is_not_a_finding(bool? enabled) =>
        Check(AuditRules.ScimIdentityUpdateNoAction, CloudflareIdp(new IdentityProviderScimConfig { Enabled = enabled, IdentityUpdateBehavior = ScimIdentityUpdateBehavior.NoAction }))
            .Should().BeNull();

    // IDP005 client-secret-missing

    [Fact]
    public void A_known_missing_client_secret_is_a_finding()
    {
        var finding = Check(AuditRules.ClientSecretMissing, KeycardIdp() with { ClientSecretSet = false, PkceEnabled = false });

        finding!.Severity.Should().Be(AuditSeverity.High);
        finding.Message.Should().Be("client_secret_set is false: this oidc provider has no client secret and no PKCE");
        Check(AuditRules.ClientSecretMissing, WaldurIdp() with { ClientSecretSet = false, PkceEnabled = null })!.Message.Should().StartWith("client_secret is empty: ");
    }

    [Fact]
    public void A_public_client_with_PKCE_needs_no_secret() =>
        Check(AuditRules.ClientSecretMissing, KeycardIdp() with { ClientSecretSet = false, PkceEnabled = true }).Should().BeNull();

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void A_set_or_undisclosed_client_secret_is_not_a_finding(bool? set) =>
        Check(AuditRules.ClientSecretMissing, KeycardIdp() with { ClientSecretSet = set }).Should().BeNull();

    [Fact]
    public void A_missing_secret_on_a_non_oauth_provider_is_not_a_finding() =>
        Check(AuditRules.ClientSecretMissing, KeycardIdp() with { Protocol = ProtocolFamily.Ldap, ClientSecretSet = false, PkceEnabled = false }).Should().BeNull();

    // IDP006 provider-disabled

    [Fact]
    public void A_disabled_provider_is_a_low_finding_naming_its_state()
    {
        var finding = Check(AuditRules.ProviderDisabled, ZitadelIdp(ZitadelOidc(), enabled: false));

        finding!.Severity.Should().Be(AuditSeverity.Low);
        finding.Message.Should().Be("state is IDP_STATE_INACTIVE: the provider is disabled but still configured");
        Check(AuditRules.ProviderDisabled, WaldurIdp(active: false))!.Message.Should().Be("is_active is false: the provider is disabled but still configured");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void An_enabled_or_untracked_provider_is_not_a_finding(bool? enabled) =>
        Check(AuditRules.ProviderDisabled, WaldurIdp(active: enabled)).Should().BeNull();

    // IDP007 duplicate-client-id

    [Fact]
    public void A_client_id_at_two_vendors_is_a_finding_on_each_provider_naming_the_others()
    {
        var findings = AuditRules.DuplicateClientId.Evaluate(
        [
            (KeycardIdp() with { ClientId = "shared" }).With(),
            (WaldurIdp() with { ClientId = "shared" }).With(),
            (WaldurIdp("other") with { ClientId = "shared" }).With(),
            (KeycardIdp("prv_2") with { ClientId = "unique" }).With(),
        ]).ToList();

        findings.Should().HaveCount(3);
        findings.Should().OnlyContain(f => f.RuleId == "IDP007" && f.Severity == AuditSeverity.Medium);
        findings.Single(f => f.Vendor == "keycard").Message.Should().Be("client id \"shared\" is also used at waldur/corp, waldur/other");
        findings.Single(f => f.ProviderId == "corp").Message.Should().Be("client id \"shared\" is also used at keycard/prv_1");
        findings.Single(f => f.ProviderId == "other").Message.Should().Be("client id \"shared\" is also used at keycard/prv_1");
    }

    [Fact]
    public void The_same_client_id_twice_at_one_vendor_is_not_a_finding() =>
        AuditRules.DuplicateClientId.Evaluate(
        [
            (KeycardIdp("prv_1") with { ClientId = "shared" }).With(),
            (KeycardIdp("prv_2") with { ClientId = "shared" }).With(),
        ]).Should().BeEmpty();

    [Fact]
    public void Empty_client_ids_and_ids_differing_in_case_are_not_duplicates() =>
        AuditRules.DuplicateClientId.Evaluate(
        [
            (KeycardIdp() with { ClientId = "" }).With(),
            (WaldurIdp() with { ClientId = "" }).With(),
            (KeycardIdp("prv_2") with { ClientId = null }).With(),
            (WaldurIdp("x") with { ClientId = " " }).With(),
            (KeycardIdp("prv_3") with { ClientId = "Abc" }).With(),
            (WaldurIdp("y") with { ClientId = "abc" }).With(),
        ]).Should().BeEmpty();

    // IDP008 zitadel-auto-provisioning-without-linking

    public static TheoryData<bool?, AutoLinkingOption?> NoLinkingPolicies => new()
    {
        { null, null },
        { false, null },
        { null, AutoLinkingOption.Unspecified },
        { false, AutoLinkingOption.Unspecified },
    };

    [Theory]
    [MemberData(nameof(NoLinkingPolicies))]
    public void Auto_creation_and_update_without_any_linking_is_a_finding(bool? linkingAllowed, AutoLinkingOption? autoLinking)
    {
        var options = new ProviderOptions { IsAutoCreation = true, IsAutoUpdate = true, IsLinkingAllowed = linkingAllowed, AutoLinking = autoLinking };

        var finding = Check(AuditRules.ZitadelAutoProvisioningWithoutLinking, ZitadelIdp(ZitadelOidc(options)));

        finding!.Severity.Should().Be(AuditSeverity.Medium);
        finding.Message.Should().Be(
            $"no linking policy (options.autoLinking {autoLinking?.Value ?? "unset"}, options.isLinkingAllowed {(linkingAllowed is null ? "unset" : "false")}) "
            + "while options.isAutoCreation and options.isAutoUpdate are true");
    }

    public static TheoryData<bool?, bool?, bool?, AutoLinkingOption?> SafeOptions => new()
    {
        { true, true, true, null },
        { true, true, null, AutoLinkingOption.Email },
        { true, true, false, AutoLinkingOption.Username },
        { true, true, false, new AutoLinkingOption("AUTO_LINKING_OPTION_FUTURE") },
        { true, false, false, null },
        { false, true, false, null },
        { null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(SafeOptions))]
    public void Linking_or_no_full_auto_provisioning_is_not_a_finding(bool? autoCreation, bool? autoUpdate, bool? linkingAllowed, AutoLinkingOption? autoLinking)
    {
        var options = new ProviderOptions { IsAutoCreation = autoCreation, IsAutoUpdate = autoUpdate, IsLinkingAllowed = linkingAllowed, AutoLinking = autoLinking };

        Check(AuditRules.ZitadelAutoProvisioningWithoutLinking, ZitadelIdp(ZitadelOidc(options))).Should().BeNull();
    }

    [Fact]
    public void A_zitadel_provider_without_options_or_config_is_not_a_finding()
    {
        Check(AuditRules.ZitadelAutoProvisioningWithoutLinking, ZitadelIdp(ZitadelOidc(options: null))).Should().BeNull();
        var bare = new IdentityProviderInfo(IdentityProviderVendor.Zitadel, "1", "bare", new Zitadel.Sdk.Models.Provider { Id = "1" });
        Check(AuditRules.ZitadelAutoProvisioningWithoutLinking, bare).Should().BeNull();
        Check(AuditRules.LdapWithoutTls, bare).Should().BeNull();
    }

    // IDP009 ldap-without-tls

    [Theory]
    [InlineData(false, "false")]
    [InlineData(null, "unset")]
    public void An_ldap_server_without_start_tls_is_a_finding(bool? startTls, string shown)
    {
        var finding = Check(AuditRules.LdapWithoutTls, ZitadelIdp(ZitadelLdap(startTls, "ldaps://dc1.example:636", "LDAP://dc2.example:389")));

        finding!.Severity.Should().Be(AuditSeverity.High);
        finding.Message.Should().Be($"LDAP://dc2.example:389 without TLS (config.ldap.startTls is {shown})");
    }

    [Fact]
    public void Ldaps_servers_are_not_a_finding() =>
        Check(AuditRules.LdapWithoutTls, ZitadelIdp(ZitadelLdap(false, "ldaps://dc1.example:636", "ldaps://dc2.example"))).Should().BeNull();

    [Fact]
    public void Start_tls_with_an_ldap_server_is_not_a_finding() =>
        Check(AuditRules.LdapWithoutTls, ZitadelIdp(ZitadelLdap(true, "ldap://dc1.example:389"))).Should().BeNull();

    [Fact]
    public void An_ldap_config_without_servers_is_not_a_finding() =>
        Check(AuditRules.LdapWithoutTls, ZitadelIdp(new LdapProviderConfig { Ldap = new LdapConfig() })).Should().BeNull();

    // Rules look only at their own vendor's model.

    [Fact]
    public void Vendor_specific_rules_ignore_other_vendors()
    {
        var keycard = KeycardIdp();
        foreach (var rule in new[] { AuditRules.ScimSeatWithoutUserDeprovision, AuditRules.ScimIdentityUpdateNoAction, AuditRules.ZitadelAutoProvisioningWithoutLinking, AuditRules.LdapWithoutTls })
        {
            Check(rule, keycard).Should().BeNull(rule.Id);
        }
    }

    [Fact]
    public void A_clean_provider_has_no_findings() =>
        AuditEngine.Evaluate([KeycardIdp().With(), WaldurIdp().With(), CloudflareIdp(null).With(), ZitadelIdp(ZitadelLdap(null, "ldaps://dc.example")).With()]).Should().BeEmpty();
}
