using IdentityProviders.Sdk;

namespace Idp.Cli.Audit;

/// <summary>
/// IDP007: the same non-empty client id (compared exactly) on providers at two or more different vendors. Every
/// provider involved gets a finding naming the providers at the other vendors; duplicates within one vendor alone are
/// not flagged (a vendor may legitimately list one upstream client in several scopes).
/// </summary>
internal sealed class DuplicateClientIdRule : AuditRule
{
    /// <summary>Creates the rule.</summary>
    public DuplicateClientIdRule()
        : base(
            "IDP007",
            "duplicate-client-id",
            AuditSeverity.Medium,
            "The same client id is configured on providers at two or more vendors: one upstream OAuth client, and its "
                + "secret and redirect URIs, is shared across vendors, so revoking or rotating it for one breaks the others.",
            "Register a separate OAuth client per vendor at the upstream IdP.")
    {
    }

    /// <inheritdoc />
    public override IEnumerable<AuditFinding> Evaluate(IReadOnlyList<(IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities)> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var groups = providers
            .Select(p => p.Provider)
            .Where(p => !string.IsNullOrWhiteSpace(p.ClientId))
            .GroupBy(p => p.ClientId!, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Vendor).Distinct(StringComparer.Ordinal).Skip(1).Any());
        foreach (var group in groups)
        {
            foreach (var provider in group)
            {
                var others = group
                    .Where(other => !string.Equals(other.Vendor, provider.Vendor, StringComparison.Ordinal))
                    .Select(other => $"{other.Vendor}/{other.Id}")
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                yield return Finding(provider, $"client id \"{group.Key}\" is also used at {AuditText.List(others)}");
            }
        }
    }
}
