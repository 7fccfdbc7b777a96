using System.Text.Json;
using Idp.Cli.Audit;

namespace Idp.Cli.Tests.Audit;

public sealed class AuditWriterTests
{
    private static readonly AuditReport Small = new(
        [
            new("IDP002", "insecure-endpoint", AuditSeverity.High, "keycard", "prv_1", "Okta", "http://idp.example/token (plain HTTP)", AuditRules.InsecureEndpoint.Fix),
            new("IDP001", "pkce-disabled", AuditSeverity.Medium, "cloudflare", "0f3c2a1b-7d9e-4f10-9a51-8b2c7d3e4f50", "Azure",
                "config.pkce_enabled is not true: PKCE is not enforced on this oidc provider", AuditRules.PkceDisabled.Fix),
            new("IDP006", "provider-disabled", AuditSeverity.Low, "zitadel", "305892571347565741", "Old LDAP", "state is IDP_STATE_INACTIVE: the provider is disabled but still configured", AuditRules.ProviderDisabled.Fix),
            new("IDP006", "provider-disabled", AuditSeverity.Low, "zitadel", "305892571347565742", "Older LDAP", "state is IDP_STATE_INACTIVE: the provider is disabled but still configured", AuditRules.ProviderDisabled.Fix),
        ],
        providersChecked: 34,
        vendors: ["cloudflare", "keycard", "waldur", "zitadel"]);

    private static AuditReport Fleet() => AuditEngine.Run(AuditEngineTests.Fleet());

    private static async Task<string> WriteAsync(string format, AuditReport report)
    {
        using var output = new StringWriter();
        await AuditFormat.WriteAsync(format, output, report, "1.2.3", CancellationToken.None);
        return output.ToString();
    }

    // table

    [Fact]
    public async Task The_table_has_fitted_columns_fix_lines_per_rule_and_a_summary()
    {
        var text = await WriteAsync(AuditFormat.Table, Small);

        text.Split(Environment.NewLine).Should().Equal(
            "SEVERITY  RULE    VENDOR      PROVIDER                  MESSAGE",
            "high      IDP002  keycard     prv_1                     http://idp.example/toke…",
            "medium    IDP001  cloudflare  0f3c2a1b-7d9e-4f10-9a51…  config.pkce_enabled is …",
            "low       IDP006  zitadel     305892571347565741        state is IDP_STATE_INAC…",
            "low       IDP006  zitadel     305892571347565742        state is IDP_STATE_INAC…",
            string.Empty,
            "IDP002 fix: Serve every endpoint over https:// and update the provider's URLs.",
            "IDP001 fix: Turn on PKCE (S256) for the provider at the vendor.",
            "IDP006 fix: Delete the provider if it is no longer needed, or re-enable it.",
            string.Empty,
            "4 findings: 1 high, 1 medium, 2 low (34 providers checked across 4 vendors)",
            string.Empty);
    }

    [Fact]
    public void Short_findings_keep_their_natural_widths() =>
        AuditTableWriter.Format(new AuditReport([Small.Findings[0] with { Message = "http://a" }], 1, ["keycard"])).Should().Be(string.Join(Environment.NewLine,
            "SEVERITY  RULE    VENDOR   PROVIDER  MESSAGE",
            "high      IDP002  keycard  prv_1     http://a",
            string.Empty,
            "IDP002 fix: Serve every endpoint over https:// and update the provider's URLs.",
            string.Empty,
            "1 finding: 1 high, 0 medium, 0 low (1 provider checked across 1 vendor)",
            string.Empty));

    [Fact]
    public void No_findings_is_one_summary_line() =>
        AuditTableWriter.Format(new AuditReport([], 34, ["keycard", "waldur"])).Should().Be("no findings (34 providers checked across 2 vendors)" + Environment.NewLine);

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    public void Every_line_fits_the_width(int width)
    {
        var lines = AuditTableWriter.Format(Fleet(), width).Split(Environment.NewLine);

        lines.Should().OnlyContain(line => line.Length <= width);
        lines.Should().OnlyContain(line => line == line.TrimEnd());
    }

    [Fact]
    public void Table_and_fix_lines_fit_even_a_narrow_width_but_the_summary_stays_whole()
    {
        var lines = AuditTableWriter.Format(Fleet(), 40).TrimEnd().Split(Environment.NewLine);

        lines[..^1].Should().OnlyContain(line => line.Length <= 40);
        lines[^1].Should().Be("12 findings: 3 high, 7 medium, 2 low (9 providers checked across 4 vendors)");
    }

    [Fact]
    public void Control_characters_in_provider_data_do_not_reach_the_terminal()
    {
        var finding = Small.Findings[0] with { ProviderId = "evil\u001b[31m", Message = "x\ny" };

        var text = AuditTableWriter.Format(new AuditReport([finding], 1, ["keycard"]));

        text.Should().NotContain("\u001b").And.Contain("evil [31m").And.Contain("x y");
    }

    // json

    [Fact]
    public async Task The_json_report_has_the_documented_shape()
    {
        var text = await WriteAsync(AuditFormat.Json, Small);

        text.Should().EndWith("}" + Environment.NewLine).And.Contain(Environment.NewLine + "  \"schemaVersion\": 1,", "it is indented");
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("schemaVersion", "checked", "summary", "findings", "rules");
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("checked").GetProperty("providers").GetInt32().Should().Be(34);
        root.GetProperty("checked").GetProperty("vendors").EnumerateArray().Select(v => v.GetString()).Should().Equal("cloudflare", "keycard", "waldur", "zitadel");
        var summary = root.GetProperty("summary");
        (summary.GetProperty("high").GetInt32(), summary.GetProperty("medium").GetInt32(), summary.GetProperty("low").GetInt32()).Should().Be((1, 1, 2));

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().HaveCount(4);
        var first = findings[0];
        first.EnumerateObject().Select(p => p.Name).Should().Equal("ruleId", "rule", "severity", "vendor", "providerId", "providerName", "message", "fix");
        first.GetProperty("ruleId").GetString().Should().Be("IDP002");
        first.GetProperty("rule").GetString().Should().Be("insecure-endpoint");
        first.GetProperty("severity").GetString().Should().Be("high");
        first.GetProperty("vendor").GetString().Should().Be("keycard");
        first.GetProperty("providerId").GetString().Should().Be("prv_1");
        first.GetProperty("providerName").GetString().Should().Be("Okta");
        first.GetProperty("message").GetString().Should().Be("http://idp.example/token (plain HTTP)", "JSON carries the full message");
        first.GetProperty("fix").GetString().Should().Be(AuditRules.InsecureEndpoint.Fix);

        var rules = root.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(AuditRules.All.Select(r => r.Id));
        rules[7].EnumerateObject().Select(p => p.Name).Should().Equal("id", "name", "severity", "description", "fix");
        rules[7].GetProperty("name").GetString().Should().Be("zitadel-auto-provisioning-without-linking");
        rules[7].GetProperty("severity").GetString().Should().Be("medium");
        rules[7].GetProperty("description").GetString().Should().Be(AuditRules.ZitadelAutoProvisioningWithoutLinking.Description);
    }

    [Fact]
    public void An_empty_json_report_still_lists_the_rules()
    {
        using var document = JsonDocument.Parse(AuditJsonWriter.Format(new AuditReport([], 0, [])));

        document.RootElement.GetProperty("findings").GetArrayLength().Should().Be(0);
        document.RootElement.GetProperty("summary").GetProperty("high").GetInt32().Should().Be(0);
        document.RootElement.GetProperty("rules").GetArrayLength().Should().Be(9);
    }

    // sarif

    [Fact]
    public async Task The_sarif_log_is_2_1_0_with_one_run_of_the_idp_tool()
    {
        using var document = JsonDocument.Parse(await WriteAsync(AuditFormat.Sarif, Fleet()));
        var root = document.RootElement;

        root.GetProperty("$schema").GetString().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("runs").GetArrayLength().Should().Be(1);
        var driver = root.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("idp");
        driver.GetProperty("version").GetString().Should().Be("1.2.3");
        driver.TryGetProperty("informationUri", out _).Should().BeFalse();

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(AuditRules.All.Select(r => r.Id));
        foreach (var (rule, definition) in rules.Zip(AuditRules.All))
        {
            rule.GetProperty("name").GetString().Should().Be(definition.Name);
            rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be(definition.Description);
            rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().Contain(definition.Description).And.Contain(definition.Fix);
            rule.GetProperty("help").GetProperty("text").GetString().Should().Be(definition.Fix);
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be(definition.Severity.ToSarifLevel());
        }
    }

    [Fact]
    public void Sarif_results_point_at_their_rules_with_mapped_levels_and_logical_locations()
    {
        var report = Fleet();
        using var document = JsonDocument.Parse(AuditSarifWriter.Format(report, "1.2.3"));
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();

        results.Should().HaveCount(report.Findings.Count);
        foreach (var (result, finding) in results.Zip(report.Findings))
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            ruleId.Should().Be(finding.RuleId);
            rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be(ruleId);
            result.GetProperty("level").GetString().Should().Be(finding.Severity switch
            {
                AuditSeverity.High => "error",
                AuditSeverity.Medium => "warning",
                _ => "note",
            });
            result.GetProperty("message").GetProperty("text").GetString().Should().Be(finding.Message);
            var location = result.GetProperty("locations")[0].GetProperty("logicalLocations")[0];
            location.GetProperty("name").GetString().Should().Be(finding.ProviderId);
            location.GetProperty("fullyQualifiedName").GetString().Should().Be($"{finding.Vendor}/{finding.ProviderId}");
            location.GetProperty("kind").GetString().Should().Be("resource");
        }

        results.Select(r => r.GetProperty("level").GetString()).Distinct().Should().BeEquivalentTo("error", "warning", "note");
    }

    [Fact]
    public void Sarif_names_the_information_uri_when_given()
    {
        using var document = JsonDocument.Parse(AuditSarifWriter.Format(Small, "1.2.3", new Uri("https://example.com/docs/audit-rules")));

        document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("informationUri").GetString()
            .Should().Be("https://example.com/docs/audit-rules");
    }

    [Fact]
    public void An_empty_sarif_log_has_an_empty_results_array() =>
        JsonDocument.Parse(AuditSarifWriter.Format(new AuditReport([], 0, []), "1.2.3")).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().Should().Be(0);

    // safety

    [Fact]
    public async Task No_format_prints_a_secret_held_by_a_provider()
    {
        var provider = new IdentityProviders.Sdk.IdentityProviderInfo("waldur", "corp", "Corp", new Waldur.Sdk.Models.IdentityProvider
        {
            Provider = "corp",
            ClientId = "shared",
            ClientSecret = "waldur-secret-value",
            DiscoveryUrl = "http://sso.example/.well-known/openid-configuration?client_secret=url-secret-value",
            Label = "Corp",
        })
        {
            Protocol = IdentityProviders.Sdk.ProtocolFamily.Oidc,
            ClientId = "shared",
            PkceEnabled = false,
            Enabled = false,
            Endpoints = ["http://admin:userinfo-secret-value@sso.example/.well-known/openid-configuration?client_secret=url-secret-value"],
        };
        var report = AuditEngine.Run([(provider, AuditTestData.WithPkce), (AuditTestData.KeycardIdp() with { ClientId = "shared" }).With()]);
        report.Findings.Should().HaveCountGreaterThan(3);

        foreach (var format in AuditFormat.All)
        {
            (await WriteAsync(format, report)).Should().NotContain("secret-value", format);
        }
    }

    [Fact]
    public async Task An_unknown_format_is_rejected()
    {
        var write = () => WriteAsync("yaml", Small);

        await write.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }
}
