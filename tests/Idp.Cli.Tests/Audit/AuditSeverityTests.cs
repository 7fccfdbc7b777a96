using Idp.Cli.Audit;

namespace Idp.Cli.Tests.Audit;

public sealed class AuditSeverityTests
{
    [Theory]
    [InlineData("low", nameof(AuditSeverity.Low))]
    [InlineData("MEDIUM", nameof(AuditSeverity.Medium))]
    [InlineData(" High ", nameof(AuditSeverity.High))]
    public void Severities_parse_ignoring_case(string text, string expected)
    {
        AuditSeverities.TryParse(text, out var severity).Should().BeTrue();
        severity.Should().Be(Enum.Parse<AuditSeverity>(expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("critical")]
    [InlineData("none")]
    [InlineData("2")]
    public void Other_text_is_not_a_severity(string? text) => AuditSeverities.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("low", nameof(AuditSeverity.Low))]
    [InlineData("Medium", nameof(AuditSeverity.Medium))]
    [InlineData("HIGH", nameof(AuditSeverity.High))]
    public void Fail_on_accepts_a_severity(string text, string expected)
    {
        AuditSeverities.TryParseFailOn(text, out var threshold).Should().BeTrue();
        threshold.Should().Be(Enum.Parse<AuditSeverity>(expected));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("NONE")]
    public void Fail_on_none_has_no_threshold(string text)
    {
        AuditSeverities.TryParseFailOn(text, out var threshold).Should().BeTrue();
        threshold.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("all")]
    public void Fail_on_rejects_other_text(string? text) => AuditSeverities.TryParseFailOn(text, out _).Should().BeFalse();

    [Fact]
    public void Every_listed_fail_on_value_parses() =>
        AuditSeverities.FailOnValues.Where(v => !AuditSeverities.TryParseFailOn(v, out _)).Should().BeEmpty();

    [Fact]
    public void Severities_are_ordered_and_named()
    {
        (AuditSeverity.Low < AuditSeverity.Medium && AuditSeverity.Medium < AuditSeverity.High).Should().BeTrue();
        AuditSeverities.FailOnValues.Should().Equal("low", "medium", "high", "none");
        AuditSeverities.DefaultFailOn.Should().Be(AuditSeverity.High);
        AuditSeverities.Descending.Select(s => s.ToText()).Should().Equal("high", "medium", "low");
        AuditSeverities.Descending.Select(s => s.ToSarifLevel()).Should().Equal("error", "warning", "note");
    }
}
