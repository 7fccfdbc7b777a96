using IdentityProviders.Sdk;

namespace Idp.Cli.Audit;

/// <summary>An audit rule: a stable id, a name, a severity, a description and a fix, and its evaluation over the providers.</summary>
internal interface IAuditRule
{
    /// <summary>Gets the stable id, e.g. <c>IDP001</c>; never reused for a different check.</summary>
    string Id { get; }

    /// <summary>Gets the kebab-case name, e.g. <c>pkce-disabled</c>.</summary>
    string Name { get; }

    /// <summary>Gets the severity of every finding of the rule.</summary>
    AuditSeverity Severity { get; }

    /// <summary>Gets one line stating exactly what the rule checks.</summary>
    string Description { get; }

    /// <summary>Gets one line of remediation, short enough for an 80-column <c>IDP000 fix:</c> line.</summary>
    string Fix { get; }

    /// <summary>Evaluates the rule over every provider checked (per provider, or across them for cross-provider rules).</summary>
    /// <param name="providers">The providers with their vendor's capabilities.</param>
    /// <returns>The findings, in no particular order.</returns>
    IEnumerable<AuditFinding> Evaluate(IReadOnlyList<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> providers);
}
