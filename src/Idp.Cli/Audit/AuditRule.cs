using IdentityProviders.Sdk;

namespace Idp.Cli.Audit;

/// <summary>The definition shared by every rule: id, name, severity, description, fix, and building findings.</summary>
internal abstract class AuditRule : IAuditRule
{
    /// <summary>Creates the definition.</summary>
    /// <param name="id">The stable id, e.g. <c>IDP001</c>.</param>
    /// <param name="name">The kebab-case name.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="description">One line stating what is checked.</param>
    /// <param name="fix">One line of remediation.</param>
    protected AuditRule(string id, string name, AuditSeverity severity, string description, string fix)
    {
        Id = id;
        Name = name;
        Severity = severity;
        Description = description;
        Fix = fix;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public AuditSeverity Severity { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public string Fix { get; }

    /// <inheritdoc />
    public abstract IEnumerable<AuditFinding> Evaluate(IReadOnlyList<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> providers);

    /// <summary>A finding of this rule on <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="message">One line naming the offending field(s) and value(s).</param>
    /// <returns>The finding.</returns>
    protected AuditFinding Finding(IdentityProviderInfo provider, string message)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new AuditFinding(Id, Name, Severity, provider.Vendor, provider.Id, provider.Name, message, Fix);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Severity.ToText()})";
}

/// <summary>A rule that looks at one provider (and its vendor's capabilities) at a time, with at most one finding each.</summary>
internal sealed class ProviderAuditRule : AuditRule
{
    private readonly Func<IdentityProviderInfo, IdentityProviderCapabilities, string?> _check;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The stable id, e.g. <c>IDP001</c>.</param>
    /// <param name="name">The kebab-case name.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="description">One line stating what is checked.</param>
    /// <param name="fix">One line of remediation.</param>
    /// <param name="check">Returns the finding's message for a provider that breaks the rule, <see langword="null"/> otherwise.</param>
    public ProviderAuditRule(string id, string name, AuditSeverity severity, string description, string fix, Func<IdentityProviderInfo, IdentityProviderCapabilities, string?> check)
        : base(id, name, severity, description, fix) => _check = check;

    /// <summary>Evaluates the rule on one provider.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="capabilities">Its vendor's capabilities.</param>
    /// <returns>The finding, or <see langword="null"/> when the provider passes.</returns>
    public AuditFinding? Evaluate(IdentityProviderInfo provider, IdentityProviderCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(capabilities);
        return _check(provider, capabilities) is { } message ? Finding(provider, message) : null;
    }

    /// <inheritdoc />
    public override IEnumerable<AuditFinding> Evaluate(IReadOnlyList<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        foreach (var (provider, capabilities) in providers)
        {
            if (Evaluate(provider, capabilities) is { } finding)
            {
                yield return finding;
            }
        }
    }
}
