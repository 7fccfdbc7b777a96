using System.Diagnostics.CodeAnalysis;

namespace Idp.Cli.Audit;

/// <summary>How serious an audit finding is. Values are ordered: <see cref="Low"/> &lt; <see cref="Medium"/> &lt; <see cref="High"/>.</summary>
internal enum AuditSeverity
{
    /// <summary>Hygiene: worth cleaning up, no direct exposure (e.g. a disabled provider still configured).</summary>
    Low = 0,

    /// <summary>Weakens a defence or lets accounts drift (e.g. PKCE off, SCIM changes not applied).</summary>
    Medium = 1,

    /// <summary>Exposes credentials or sessions to interception or misuse (e.g. plain-HTTP endpoints, LDAP without TLS).</summary>
    High = 2,
}

/// <summary>The text forms of <see cref="AuditSeverity"/>: <c>low</c>, <c>medium</c>, <c>high</c>, SARIF levels and <c>--fail-on</c> parsing.</summary>
internal static class AuditSeverities
{
    /// <summary>The <c>--fail-on</c> value that never fails the command.</summary>
    public const string FailOnNone = "none";

    /// <summary>The default <c>--fail-on</c> threshold.</summary>
    public const AuditSeverity DefaultFailOn = AuditSeverity.High;

    /// <summary>The severities from the most to the least serious (the order of reports and summaries).</summary>
    public static readonly IReadOnlyList<AuditSeverity> Descending = [AuditSeverity.High, AuditSeverity.Medium, AuditSeverity.Low];

    /// <summary>Every value <c>--fail-on</c> accepts, for help text and completions.</summary>
    public static readonly IReadOnlyList<string> FailOnValues = ["low", "medium", "high", FailOnNone];

    /// <summary>The lower-case name: <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public static string ToText(this AuditSeverity severity) => severity switch
    {
        AuditSeverity.Low => "low",
        AuditSeverity.Medium => "medium",
        AuditSeverity.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown audit severity."),
    };

    /// <summary>The SARIF <c>level</c>: high is <c>error</c>, medium <c>warning</c>, low <c>note</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The SARIF level.</returns>
    public static string ToSarifLevel(this AuditSeverity severity) => severity switch
    {
        AuditSeverity.Low => "note",
        AuditSeverity.Medium => "warning",
        AuditSeverity.High => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown audit severity."),
    };

    /// <summary>Parses <c>low</c>, <c>medium</c> or <c>high</c>, ignoring case and surrounding white space.</summary>
    /// <param name="text">The text.</param>
    /// <param name="severity">The severity, when the text names one.</param>
    /// <returns><see langword="true"/> when the text names a severity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AuditSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "low":
                severity = AuditSeverity.Low;
                return true;
            case "medium":
                severity = AuditSeverity.Medium;
                return true;
            case "high":
                severity = AuditSeverity.High;
                return true;
            default:
                severity = default;
                return false;
        }
    }

    /// <summary>
    /// Parses a <c>--fail-on</c> value, ignoring case: a severity is the threshold, <c>none</c> means "never fail"
    /// (<paramref name="threshold"/> is then <see langword="null"/>).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="threshold">The threshold, or <see langword="null"/> for <c>none</c>.</param>
    /// <returns><see langword="true"/> when the text is one of <see cref="FailOnValues"/>.</returns>
    public static bool TryParseFailOn([NotNullWhen(true)] string? text, out AuditSeverity? threshold)
    {
        if (TryParse(text, out var severity))
        {
            threshold = severity;
            return true;
        }

        threshold = null;
        return string.Equals(text?.Trim(), FailOnNone, StringComparison.OrdinalIgnoreCase);
    }
}
