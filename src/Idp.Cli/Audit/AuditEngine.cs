using IdentityProviders.Sdk;

namespace Idp.Cli.Audit;

/// <summary>Runs audit rules over providers and orders the findings deterministically.</summary>
internal static class AuditEngine
{
    /// <summary>
    /// The report order: severity (high first), then vendor, provider id, rule id and message, all compared ordinally,
    /// so the same providers always give byte-identical output.
    /// </summary>
    public static IComparer<AuditFinding> Order { get; } = Comparer<AuditFinding>.Create(Compare);

    /// <summary>Evaluates every rule of <see cref="AuditRules.All"/>.</summary>
    /// <param name="providers">The providers with their vendor's capabilities.</param>
    /// <returns>The findings in <see cref="Order"/>.</returns>
    public static IReadOnlyList<AuditFinding> Evaluate(IEnumerable<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> providers) =>
        Evaluate(providers, AuditRules.All);

    /// <summary>Evaluates the given rules.</summary>
    /// <param name="providers">The providers with their vendor's capabilities.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The findings in <see cref="Order"/>.</returns>
    public static IReadOnlyList<AuditFinding> Evaluate(
        IEnumerable<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> providers, IReadOnlyList<IAuditRule> rules)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(rules);
        var list = providers as IReadOnlyList<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> ?? providers.ToList();
        var findings = rules.SelectMany(rule => rule.Evaluate(list)).ToList();
        findings.Sort(Order);
        return findings;
    }

    /// <summary>Evaluates the rules and returns a report for the writers: findings plus what was checked.</summary>
    /// <param name="providers">The providers with their vendor's capabilities.</param>
    /// <param name="vendorsChecked">
    /// The vendors that were queried, including those that returned no provider; the vendors of
    /// <paramref name="providers"/> are added either way.
    /// </param>
    /// <param name="rules">The rules; <see langword="null"/> for <see cref="AuditRules.All"/>.</param>
    /// <returns>The report.</returns>
    public static AuditReport Run(
        IEnumerable<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> providers,
        IEnumerable<string>? vendorsChecked = null,
        IReadOnlyList<IAuditRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var list = providers as IReadOnlyList<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> ?? providers.ToList();
        rules ??= AuditRules.All;
        var vendors = (vendorsChecked ?? []).Concat(list.Select(p => p.Provider.Vendor))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new AuditReport(Evaluate(list, rules), list.Count, vendors, rules);
    }

    private static int Compare(AuditFinding? x, AuditFinding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = y.Severity.CompareTo(x.Severity);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.Vendor, y.Vendor);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.ProviderId, y.ProviderId);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.RuleId, y.RuleId);
        }

        return result == 0 ? string.CompareOrdinal(x.Message, y.Message) : result;
    }
}
