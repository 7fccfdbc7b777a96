using IdentityProviders.Sdk;
using CloudflareProvider = Cloudflare.Access.Sdk.Models.IdentityProvider;
using KeycardProvider = Keycard.Sdk.Models.Provider;
using ScimIdentityUpdateBehavior = Cloudflare.Access.Sdk.Models.ScimIdentityUpdateBehavior;
using WaldurProvider = Waldur.Sdk.Models.IdentityProvider;
using ZitadelModels = Zitadel.Sdk.Models;

namespace Idp.Cli.Audit;

/// <summary>
/// Every audit rule. Ids are stable: a rule that is retired keeps its id unused, a new check gets the next id.
/// Rules flag only what the data says: a value the vendor does not reveal (<see langword="null"/>) is never a finding.
/// </summary>
internal static class AuditRules
{
    /// <summary>IDP001: an OIDC/OAuth2 provider does not enforce PKCE at a vendor that supports it.</summary>
    public static ProviderAuditRule PkceDisabled { get; } = new(
        "IDP001",
        "pkce-disabled",
        AuditSeverity.Medium,
        "An OIDC or OAuth2 provider does not enforce PKCE (PkceEnabled is false) although its vendor supports PKCE; "
            + "a vendor that does not say is not flagged.",
        "Turn on PKCE (S256) for the provider at the vendor.",
        static (provider, capabilities) =>
            IsOAuth(provider) && provider.PkceEnabled == false && capabilities.SupportsPkce
                ? $"{PkceField(provider)}: PKCE is not enforced on this {provider.Protocol.Value} provider"
                : null);

    /// <summary>IDP002: an endpoint uses plain <c>http://</c>.</summary>
    public static ProviderAuditRule InsecureEndpoint { get; } = new(
        "IDP002",
        "insecure-endpoint",
        AuditSeverity.High,
        "A configured endpoint (issuer or discovery URL, OAuth/OIDC endpoints, SAML URLs, SCIM base URL) uses plain "
            + "http:// instead of https://: tokens, codes and assertions can be read or altered in transit.",
        "Serve every endpoint over https:// and update the provider's URLs.",
        static (provider, _) =>
        {
            var insecure = provider.Endpoints
                .Where(url => url.AsSpan().TrimStart().StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                .Select(AuditText.SafeUrl)
                .ToList();
            return insecure.Count == 0
                ? null
                : $"{AuditText.List(insecure)} (plain HTTP)";
        });

    /// <summary>IDP003: Cloudflare SCIM removes seats without revoking sessions.</summary>
    public static ProviderAuditRule ScimSeatWithoutUserDeprovision { get; } = new(
        "IDP003",
        "scim-seat-without-user-deprovision",
        AuditSeverity.Medium,
        "A Cloudflare provider's SCIM config removes the seat of a deprovisioned user (seat_deprovision true) but does "
            + "not revoke their sessions (user_deprovision not true), which seat deprovisioning requires.",
        "Set scim_config.user_deprovision to true, or seat_deprovision false.",
        static (provider, _) =>
            provider.VendorModel is CloudflareProvider { ScimConfig: { SeatDeprovision: true } scim } && scim.UserDeprovision != true
                ? $"scim_config.user_deprovision is {AuditText.Flag(scim.UserDeprovision)} while scim_config.seat_deprovision is true"
                : null);

    /// <summary>IDP004: Cloudflare SCIM updates never reach identities.</summary>
    public static ProviderAuditRule ScimIdentityUpdateNoAction { get; } = new(
        "IDP004",
        "scim-identity-update-no-action",
        AuditSeverity.Medium,
        "A Cloudflare provider has SCIM enabled with identity_update_behavior no_action: SCIM group and attribute "
            + "changes (e.g. a user removed from a group) do not reach Access policy evaluation until the user logs in again.",
        "Set scim_config.identity_update_behavior to automatic or reauth.",
        static (provider, _) =>
            provider.VendorModel is CloudflareProvider { ScimConfig: { Enabled: true } scim } && scim.IdentityUpdateBehavior == ScimIdentityUpdateBehavior.NoAction
                ? $"scim_config.identity_update_behavior is {ScimIdentityUpdateBehavior.NoAction.Value} while SCIM is enabled"
                : null);

    /// <summary>IDP005: an OIDC/OAuth2 provider is known to have no client secret.</summary>
    public static ProviderAuditRule ClientSecretMissing { get; } = new(
        "IDP005",
        "client-secret-missing",
        AuditSeverity.High,
        "An OIDC or OAuth2 provider is known to have no client secret (ClientSecretSet is false) and does not use PKCE: "
            + "the code exchange is unauthenticated or fails. A public client with PKCE needs no secret and is not flagged; "
            + "nor is a vendor that does not reveal whether a secret is set.",
        "Set the upstream client secret, or use PKCE (public client).",
        static (provider, _) =>
            IsOAuth(provider) && provider.ClientSecretSet == false && provider.PkceEnabled != true
                ? $"{SecretField(provider)}: this {provider.Protocol.Value} provider has no client secret and no PKCE"
                : null);

    /// <summary>IDP006: a disabled provider is still configured.</summary>
    public static ProviderAuditRule ProviderDisabled { get; } = new(
        "IDP006",
        "provider-disabled",
        AuditSeverity.Low,
        "A provider is disabled or inactive (Enabled is false) but still configured: stale configuration and "
            + "upstream credentials nobody reviews.",
        "Delete the provider if it is no longer needed, or re-enable it.",
        static (provider, _) =>
            provider.Enabled == false ? $"{EnabledField(provider)}: the provider is disabled but still configured" : null);

    /// <summary>IDP007: one client id is used at two or more vendors.</summary>
    public static DuplicateClientIdRule DuplicateClientId { get; } = new();

    /// <summary>IDP008: Zitadel creates and updates users from an external login with no linking policy.</summary>
    public static ProviderAuditRule ZitadelAutoProvisioningWithoutLinking { get; } = new(
        "IDP008",
        "zitadel-auto-provisioning-without-linking",
        AuditSeverity.Medium,
        "A Zitadel provider has isAutoCreation and isAutoUpdate true but no linking policy: autoLinking is unset or "
            + "AUTO_LINKING_OPTION_UNSPECIFIED and isLinkingAllowed is not true, so an external login that matches an "
            + "existing user creates a second user the external IdP keeps overwriting. An autoLinking value this "
            + "version does not know counts as a policy.",
        "Set options.autoLinking to email or username, or allow linking.",
        static (provider, _) =>
            provider.VendorModel is ZitadelModels.Provider { Config.Options: { IsAutoCreation: true, IsAutoUpdate: true } options }
                && (options.AutoLinking is null || options.AutoLinking == ZitadelModels.AutoLinkingOption.Unspecified)
                && options.IsLinkingAllowed != true
                ? $"no linking policy (options.autoLinking {options.AutoLinking?.Value ?? "unset"}, options.isLinkingAllowed "
                    + $"{AuditText.Flag(options.IsLinkingAllowed)}) while options.isAutoCreation and options.isAutoUpdate are true"
                : null);

    /// <summary>IDP009: a Zitadel LDAP provider talks to an <c>ldap://</c> server without StartTLS.</summary>
    public static ProviderAuditRule LdapWithoutTls { get; } = new(
        "IDP009",
        "ldap-without-tls",
        AuditSeverity.High,
        "A Zitadel LDAP provider lists an ldap:// server (not ldaps://) and startTls is not true: the bind password "
            + "and users' passwords cross the network in clear text.",
        "Use ldaps:// server URLs or set startTls to true.",
        static (provider, _) =>
        {
            if (provider.VendorModel is not ZitadelModels.Provider { Config: ZitadelModels.LdapProviderConfig { Ldap: var ldap } } || ldap.StartTls == true)
            {
                return null;
            }

            var plain = (ldap.Servers ?? [])
                .Where(server => server is not null && server.AsSpan().TrimStart().StartsWith("ldap://", StringComparison.OrdinalIgnoreCase))
                .Select(AuditText.SafeUrl)
                .ToList();
            return plain.Count == 0
                ? null
                : $"{AuditText.List(plain)} without TLS (config.ldap.startTls is {AuditText.Flag(ldap.StartTls)})";
        });

    /// <summary>Gets every rule, in id order.</summary>
    public static IReadOnlyList<IAuditRule> All { get; } =
    [
        PkceDisabled,
        InsecureEndpoint,
        ScimSeatWithoutUserDeprovision,
        ScimIdentityUpdateNoAction,
        ClientSecretMissing,
        ProviderDisabled,
        DuplicateClientId,
        ZitadelAutoProvisioningWithoutLinking,
        LdapWithoutTls,
    ];

    /// <summary>Finds a rule by id (<c>IDP001</c>) or name (<c>pkce-disabled</c>), ignoring case.</summary>
    /// <param name="idOrName">The id or name.</param>
    /// <returns>The rule, or <see langword="null"/> when there is none.</returns>
    public static IAuditRule? Find(string idOrName) =>
        All.FirstOrDefault(rule => string.Equals(rule.Id, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(rule.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    private static bool IsOAuth(IdentityProviderInfo provider) =>
        provider.Protocol == ProtocolFamily.Oidc || provider.Protocol == ProtocolFamily.OAuth2;

    // The vendor's own field, so the message says what to change where.
    private static string PkceField(IdentityProviderInfo provider) => provider.VendorModel switch
    {
        CloudflareProvider => "config.pkce_enabled is not true",
        ZitadelModels.Provider { Config: ZitadelModels.GenericOidcProviderConfig } => "config.oidc.usePkce is not true",
        ZitadelModels.Provider { Config: ZitadelModels.GenericOAuthProviderConfig } => "config.oauth.usePkce is not true",
        KeycardProvider => "protocols.oauth2.code_challenge_methods_supported is empty",
        WaldurProvider => "enable_pkce is not true",
        _ => "PkceEnabled is false",
    };

    private static string SecretField(IdentityProviderInfo provider) => provider.VendorModel switch
    {
        KeycardProvider => "client_secret_set is false",
        WaldurProvider => "client_secret is empty",
        _ => "ClientSecretSet is false",
    };

    private static string EnabledField(IdentityProviderInfo provider) => provider switch
    {
        { State: { Length: > 0 } state } => $"state is {state}",
        { VendorModel: WaldurProvider } => "is_active is false",
        _ => "enabled is false",
    };
}
