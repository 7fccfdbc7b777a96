namespace Idp.Cli.Audit;

/// <summary>
/// One problem an audit rule found on one provider. Carries identifiers, names, URLs (with credentials and secret query
/// values masked) and flags only, never a secret value.
/// </summary>
/// <param name="RuleId">The rule's stable id, e.g. <c>IDP001</c>.</param>
/// <param name="RuleName">The rule's kebab-case name, e.g. <c>pkce-disabled</c>.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Vendor">The vendor that holds the provider, e.g. <c>keycard</c>.</param>
/// <param name="ProviderId">The vendor's id of the provider.</param>
/// <param name="ProviderName">The provider's display name.</param>
/// <param name="Message">One line naming the offending field(s) and value(s).</param>
/// <param name="Fix">One line of remediation, the rule's <see cref="IAuditRule.Fix"/>.</param>
internal sealed record AuditFinding(
    string RuleId,
    string RuleName,
    AuditSeverity Severity,
    string Vendor,
    string ProviderId,
    string ProviderName,
    string Message,
    string Fix);
