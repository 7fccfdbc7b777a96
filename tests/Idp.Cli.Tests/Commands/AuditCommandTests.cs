using System.Text.Json;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

/// <summary>`idp audit` end to end against the emulator of every vendor (whose seeds have PKCE gaps, inactive providers and a missing secret).</summary>
public sealed class AuditCommandTests(AllVendorsEmulatorFixture fixture) : IClassFixture<AllVendorsEmulatorFixture>
{
    [Fact]
    public async Task The_table_lists_findings_fix_lines_and_a_summary_and_high_findings_fail_by_default()
    {
        var result = await IdpRunner.RunAsync(["audit"], fixture.Environment());

        result.ExitCode.Should().Be(1, result.ToString());
        var lines = result.StdoutLines;
        lines[0].Should().Be("SEVERITY  RULE    VENDOR   PROVIDER                  MESSAGE");
        lines.Should().Contain(l => l.StartsWith("high      IDP005  keycard  prv_seed", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("medium    IDP001  waldur   ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("low       IDP006  waldur   entra", StringComparison.Ordinal));
        lines.Should().Contain("IDP001 fix: Turn on PKCE (S256) for the provider at the vendor.");
        lines[^1].Should().MatchRegex(@"^\d+ findings: 1 high, \d+ medium, 2 low \(101 providers checked across 4 vendors\)$");
        lines.SkipLast(1).Should().OnlyContain(l => l.Length <= 80);
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("high", 1)]
    [InlineData("medium", 1)]
    [InlineData("low", 1)]
    public async Task Fail_on_sets_the_threshold_for_exit_1(string failOn, int expected)
    {
        var result = await IdpRunner.RunAsync(["audit", "--fail-on", failOn, "--format", "json"], fixture.Environment());

        result.ExitCode.Should().Be(expected, result.ToString());
    }

    [Fact]
    public async Task A_vendor_without_high_findings_passes_the_default_threshold()
    {
        var result = await IdpRunner.RunAsync(["audit", "--vendor", "zitadel"], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("IDP001").And.Contain("checked across 1 vendor)");
    }

    [Fact]
    public async Task Json_output_carries_every_finding_and_every_rule()
    {
        var result = await IdpRunner.RunAsync(["audit", "--format", "json", "--fail-on", "none"], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("rules").GetArrayLength().Should().Be(9);
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().Contain(f => f.GetProperty("ruleId").GetString() == "IDP005" && f.GetProperty("vendor").GetString() == "keycard");
        findings.Should().OnlyContain(f => f.GetProperty("fix").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Sarif_output_is_a_sarif_2_1_0_log_whose_results_point_at_their_rules()
    {
        var result = await IdpRunner.RunAsync(["audit", "--format", "sarif", "--fail-on", "none"], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        document.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = document.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().Should().Be("idp");
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Should().NotBeEmpty();
        results.Should().OnlyContain(r => rules[r.GetProperty("ruleIndex").GetInt32()] == r.GetProperty("ruleId").GetString());
        results.Should().Contain(r => r.GetProperty("level").GetString() == "error");
    }

    [Fact]
    public async Task A_vendor_that_cannot_be_read_fails_the_audit_with_exit_5_even_without_findings()
    {
        var environment = fixture.Environment();
        environment["KEYCARD_BASE_URL"] = MultiVendorCommandTests.ClosedPortUrl();

        var result = await IdpRunner.RunAsync(["audit", "--fail-on", "none"], environment);

        result.ExitCode.Should().Be(5, result.ToString());
        result.Stderr.Should().Contain("keycard could not be audited");
        result.StdoutLines[^1].Should().Contain("across 3 vendors");
    }

    [Theory]
    [InlineData("--fail-on", "critical")]
    [InlineData("--format", "xml")]
    public async Task Bad_arguments_are_usage_errors(string option, string value)
    {
        var result = await IdpRunner.RunAsync(["audit", option, value], fixture.Environment());

        result.ExitCode.Should().Be(2, result.ToString());
    }
}
