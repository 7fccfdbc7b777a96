using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Sdk;
using Idp.Cli.Audit;
using Zitadel.Sdk.Models;
using static Idp.Cli.Tests.Audit.AuditTestData;

namespace Idp.Cli.Tests.Audit;

public sealed class AuditEngineTests
{
    /// <summary>Nine providers across the four vendors, each rule firing at least once.</summary>
    internal static IReadOnlyList<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> Fleet() =>
    [
        (KeycardIdp("prv_b") with { PkceEnabled = false, ClientId = "shared" }).With(),
        (KeycardIdp("prv_a") with { Endpoints = ["http://idp.example/a"], ClientSecretSet = false, PkceEnabled = false }).With(),
        (WaldurIdp("corp", active: false) with { ClientId = "shared" }).With(),
        CloudflareIdp(new IdentityProviderScimConfig { Enabled = true, SeatDeprovision = true, IdentityUpdateBehavior = ScimIdentityUpdateBehavior.NoAction }, id: "cf-1").With(),
        ZitadelIdp(ZitadelLdap(false, "ldap://dc.example"), id: "z-2").With(),
        ZitadelIdp(ZitadelOidc(new ProviderOptions { IsAutoCreation = true, IsAutoUpdate = true }), id: "z-1").With(),
        ZitadelIdp(ZitadelOidc(), id: "z-3", enabled: false).With(),
        KeycardIdp("prv_c").With(),
        (KeycardIdp("prv_d") with { PkceEnabled = false }).With(WithoutPkce),
    ];

    [Fact]
    public void Every_rule_fires_on_the_fleet_and_findings_are_sorted_by_severity_vendor_provider_and_rule()
    {
        var findings = AuditEngine.Evaluate(Fleet());

        findings.Select(f => $"{f.Severity.ToText()} {f.Vendor}/{f.ProviderId} {f.RuleId}").Should().Equal(
            "high keycard/prv_a IDP002",
            "high keycard/prv_a IDP005",
            "high zitadel/z-2 IDP009",
            "medium cloudflare/cf-1 IDP003",
            "medium cloudflare/cf-1 IDP004",
            "medium keycard/prv_a IDP001",
            "medium keycard/prv_b IDP001",
            "medium keycard/prv_b IDP007",
            "medium waldur/corp IDP007",
            "medium zitadel/z-1 IDP008",
            "low waldur/corp IDP006",
            "low zitadel/z-3 IDP006");
        findings.Select(f => f.RuleId).Distinct().Should().BeEquivalentTo(AuditRules.All.Select(r => r.Id));
    }

    [Fact]
    public void The_order_does_not_depend_on_the_input_order()
    {
        var forward = AuditEngine.Evaluate(Fleet());
        var backward = AuditEngine.Evaluate(Fleet().Reverse());

        backward.Should().Equal(forward);
    }

    [Fact]
    public void A_report_counts_providers_and_vendors_including_vendors_without_providers()
    {
        var report = AuditEngine.Run(Fleet(), vendorsChecked: ["waldur", "keycard", "extra"]);

        report.ProvidersChecked.Should().Be(9);
        report.Vendors.Should().Equal("cloudflare", "extra", "keycard", "waldur", "zitadel");
        report.Count(AuditSeverity.High).Should().Be(3);
        report.Count(AuditSeverity.Medium).Should().Be(7);
        report.Count(AuditSeverity.Low).Should().Be(2);
        report.Rules.Should().BeSameAs(AuditRules.All);
    }

    [Fact]
    public void A_report_can_apply_a_subset_of_rules()
    {
        var report = AuditEngine.Run(Fleet(), rules: [AuditRules.ProviderDisabled]);

        report.Findings.Should().HaveCount(2).And.OnlyContain(f => f.RuleId == "IDP006");
        report.Rules.Should().ContainSingle();
    }

    [Fact]
    public void No_providers_is_an_empty_report()
    {
        var report = AuditEngine.Run([]);

        report.Findings.Should().BeEmpty();
        report.ProvidersChecked.Should().Be(0);
        report.Vendors.Should().BeEmpty();
    }

    // --fail-on: exit 1 when any finding is at or above the threshold.

    [Theory]
    [InlineData(nameof(AuditSeverity.Low), true)]
    [InlineData(nameof(AuditSeverity.Medium), true)]
    [InlineData(nameof(AuditSeverity.High), false)]
    public void A_medium_finding_reaches_low_and_medium_thresholds_only(string failOn, bool expected)
    {
        var findings = AuditEngine.Evaluate([(KeycardIdp() with { PkceEnabled = false }).With()]);

        findings.Should().ContainSingle().Which.Severity.Should().Be(AuditSeverity.Medium);
        AuditReport.ExceedsThreshold(findings, Enum.Parse<AuditSeverity>(failOn)).Should().Be(expected);
    }

    [Theory]
    [InlineData(nameof(AuditSeverity.Low))]
    [InlineData(nameof(AuditSeverity.Medium))]
    [InlineData(nameof(AuditSeverity.High))]
    public void A_high_finding_reaches_every_threshold(string failOn) =>
        AuditReport.ExceedsThreshold(AuditEngine.Evaluate([(KeycardIdp() with { ClientSecretSet = false, PkceEnabled = false }).With()]), Enum.Parse<AuditSeverity>(failOn)).Should().BeTrue();

    [Theory]
    [InlineData(nameof(AuditSeverity.Low))]
    [InlineData(nameof(AuditSeverity.High))]
    public void No_findings_never_reach_a_threshold(string failOn) =>
        AuditReport.ExceedsThreshold([], Enum.Parse<AuditSeverity>(failOn)).Should().BeFalse();

    [Fact]
    public void Fail_on_none_never_fails_and_the_default_fails_on_high_only()
    {
        var highReport = AuditEngine.Run(Fleet());
        var lowReport = AuditEngine.Run([WaldurIdp(active: false).With()]);

        highReport.ExceedsThreshold(null).Should().BeFalse();
        highReport.ExceedsThreshold(AuditSeverities.DefaultFailOn).Should().BeTrue();
        lowReport.ExceedsThreshold(AuditSeverities.DefaultFailOn).Should().BeFalse();
        lowReport.ExceedsThreshold(AuditSeverity.Low).Should().BeTrue();
    }
}
