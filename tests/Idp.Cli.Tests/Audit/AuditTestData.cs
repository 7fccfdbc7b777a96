using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Sdk;
using Zitadel.Sdk.Models;
using KeycardProvider = Keycard.Sdk.Models.Provider;
using WaldurProvider = Waldur.Sdk.Models.IdentityProvider;
using ZitadelProvider = Zitadel.Sdk.Models.Provider;

namespace Idp.Cli.Tests.Audit;

/// <summary>Providers as the vendors' clients map them, built directly (the mappings are internal to each SDK).</summary>
internal static class AuditTestData
{
    public static readonly IdentityProviderCapabilities WithPkce = new() { SupportsPkce = true, TracksEnabled = true, SupportsScim = true };

    public static readonly IdentityProviderCapabilities WithoutPkce = new() { SupportsPkce = false };

    public static (IdentityProviderInfo Provider, IdentityProviderCapabilities Capabilities) With(this IdentityProviderInfo provider, IdentityProviderCapabilities? capabilities = null) =>
        (provider, capabilities ?? WithPkce);

    public static IdentityProviderInfo KeycardIdp(string id = "prv_1", string name = "Okta") =>
        new(IdentityProviderVendor.Keycard, id, name, new KeycardProvider
        {
            Id = id,
            OrganizationId = "org",
            ZoneId = "zone",
            Slug = id,
            Name = name,
            Identifier = "https://idp.example/" + id,
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        })
        {
            Protocol = ProtocolFamily.Oidc,
            Issuer = "https://idp.example/" + id,
            Endpoints = ["https://idp.example/" + id],
            PkceEnabled = true,
            ClientSecretSet = true,
        };

    public static IdentityProviderInfo WaldurIdp(string id = "corp", bool? active = true) =>
        new(IdentityProviderVendor.Waldur, id, "Corp SSO", new WaldurProvider
        {
            Provider = id,
            ClientId = "waldur-client",
            DiscoveryUrl = "https://sso.example/.well-known/openid-configuration",
            Label = "Corp SSO",
            IsActive = active,
        })
        {
            Protocol = ProtocolFamily.Oidc,
            Enabled = active,
            PkceEnabled = true,
            ClientSecretSet = true,
        };

    public static IdentityProviderInfo CloudflareIdp(IdentityProviderScimConfig? scim, string id = "0f3c2a1b-7d9e-4f10-9a51-8b2c7d3e4f50") =>
        new(IdentityProviderVendor.Cloudflare, id, "Azure", new OidcIdentityProvider { Id = id, Name = "Azure", ScimConfig = scim })
        {
            Protocol = ProtocolFamily.Oidc,
            PkceEnabled = true,
        };

    public static IdentityProviderInfo ZitadelIdp(ProviderConfig config, string id = "305892571347565741", bool? enabled = true) =>
        new(IdentityProviderVendor.Zitadel, id, "Corp LDAP", new ZitadelProvider { Id = id, Name = "Corp LDAP", Config = config })
        {
            Protocol = config is LdapProviderConfig ? ProtocolFamily.Ldap : ProtocolFamily.Oidc,
            Enabled = enabled,
            State = enabled switch { true => "IDP_STATE_ACTIVE", false => "IDP_STATE_INACTIVE", null => null },
        };

    public static ProviderConfig ZitadelOidc(ProviderOptions? options = null, bool? usePkce = true) =>
        new GenericOidcProviderConfig { Oidc = new GenericOidcConfig { Issuer = "https://login.example", ClientId = "zc", UsePkce = usePkce }, Options = options };

    public static ProviderConfig ZitadelLdap(bool? startTls, params string[] servers) =>
        new LdapProviderConfig { Ldap = new LdapConfig { Servers = servers, StartTls = startTls } };
}
