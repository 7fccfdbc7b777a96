using System.Globalization;
using System.Text.Json;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>
/// Deterministic seed providers for the default zone: realistic vendors cycled with numbered suffixes
/// ("Okta", ..., "Okta 2", ...), fixed ids and timestamps, no randomness, so tests can rely on them.
/// </summary>
internal static class KeycardSeedData
{
    private static readonly DateTimeOffset SeedEpoch = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<KeycardProvider> Create(string zoneId, int count)
    {
        var vendors = Vendors();
        for (var i = 0; i < count; i++)
        {
            yield return CreateOne(zoneId, i, vendors[i % vendors.Length], i / vendors.Length);
        }
    }

    private static KeycardProvider CreateOne(string zoneId, int index, Vendor vendor, int round)
    {
        var tenant = round == 0 ? "acme" : "acme" + (round + 1).ToString(CultureInfo.InvariantCulture);
        var name = round == 0 ? vendor.Name : vendor.Name + " " + (round + 1).ToString(CultureInfo.InvariantCulture);
        var issuer = vendor.Issuer(tenant);
        var identifier = vendor.TenantInIssuer ? issuer : issuer + "#" + tenant;
        var isKeycard = vendor.Type != KeycardConstants.TypeExternal;

        // External providers cycle through: client id + secret, client id only, no client.
        var clientMode = isKeycard ? 2 : index % 3;
        var created = SeedEpoch.AddMinutes(index).AddMilliseconds((index * 37) % 1000);

        return new KeycardProvider
        {
            Sequence = index + 1,
            Id = "prv_seed" + (index + 1).ToString("D16", CultureInfo.InvariantCulture),
            ZoneId = zoneId,
            OrganizationId = KeycardConstants.OrganizationId,
            OwnerType = isKeycard ? KeycardConstants.OwnerPlatform : KeycardConstants.OwnerCustomer,
            Slug = KeycardSlug.FromName(name),
            Name = name,
            Description = index % 4 == 3 ? null : $"{vendor.Name} sign-in for {tenant}",
            Identifier = identifier,
            Type = vendor.Type,
            ClientId = clientMode < 2 ? $"{vendor.Key}-{tenant}-client" : null,
            ClientSecret = clientMode == 0 ? $"seed-secret-{index + 1}" : null,
            Metadata = index % 5 == 0 ? Metadata(index, vendor.Key) : null,
            Protocols = vendor.Protocols?.Invoke(issuer),
            CreatedAt = created,
            UpdatedAt = index % 2 == 0 ? created : created.AddDays(1),
        };
    }

    private static JsonElement Metadata(int index, string vendorKey)
    {
        using var document = JsonDocument.Parse(
            $$"""{"environment":"production","seed_index":{{index}},"vendor":"{{vendorKey}}"}""");
        return document.RootElement.Clone();
    }

    private static KeycardProtocols OAuth(
        string issuer,
        string authorize,
        string token,
        string? jwks = null,
        string? userinfo = null,
        string? userIdentifierClaim = null,
        Func<KeycardOAuth2Protocol, KeycardOAuth2Protocol>? customize = null)
    {
        var oauth2 = new KeycardOAuth2Protocol
        {
            Issuer = issuer,
            AuthorizationEndpoint = authorize,
            TokenEndpoint = token,
            JwksUri = jwks,
            CodeChallengeMethodsSupported = ["S256"],
            ScopesSupported = userinfo is null ? null : ["openid", "email", "profile"],
        };
        return new KeycardProtocols
        {
            OAuth2 = customize is null ? oauth2 : customize(oauth2),
            OpenId = userinfo is null ? null : new KeycardOpenIdProtocol
            {
                UserinfoEndpoint = userinfo,
                Scopes = ["openid", "email", "profile"],
                UserIdentifierClaim = userIdentifierClaim,
            },
        };
    }

    private static Vendor[] Vendors() =>
    [
        new("Okta", "okta", t => $"https://{t}.okta.com", true, i => OAuth(i, i + "/oauth2/v1/authorize", i + "/oauth2/v1/token", i + "/oauth2/v1/keys", i + "/oauth2/v1/userinfo", "sub")),
        new("Google Workspace", "google", _ => "https://accounts.google.com", false, i => OAuth(
            i, "https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token", "https://www.googleapis.com/oauth2/v3/certs", "https://openidconnect.googleapis.com/v1/userinfo",
            customize: o => o with { AuthorizationParameters = new Dictionary<string, string> { ["prompt"] = "consent", ["access_type"] = "offline" } })),
        new("Microsoft Entra ID", "entra", t => $"https://login.microsoftonline.com/{t}.onmicrosoft.com/v2.0", true, i => OAuth(
            i, i.Replace("/v2.0", "/oauth2/v2.0/authorize", StringComparison.Ordinal), i.Replace("/v2.0", "/oauth2/v2.0/token", StringComparison.Ordinal),
            i.Replace("/v2.0", "/discovery/v2.0/keys", StringComparison.Ordinal), "https://graph.microsoft.com/oidc/userinfo", "oid")),
        new("GitHub", "github", _ => "https://github.com", false, i => OAuth(i, "https://github.com/login/oauth/authorize", "https://github.com/login/oauth/access_token")),
        new("Auth0", "auth0", t => $"https://{t}.us.auth0.com/", true, i => OAuth(i, i + "authorize", i + "oauth/token", i + ".well-known/jwks.json", i + "userinfo")),
        new("Slack", "slack", _ => "https://slack.com", false, i => OAuth(
            i, "https://slack.com/oauth/v2/authorize", "https://slack.com/api/oauth.v2.access",
            customize: o => o with { ScopeParameter = "user_scope", ScopeSeparator = ",", TokenResponseAccessTokenPointer = "authed_user.access_token" })),
        new("Salesforce", "salesforce", t => $"https://{t}.my.salesforce.com", true, i => OAuth(i, i + "/services/oauth2/authorize", i + "/services/oauth2/token", i + "/id/keys", i + "/services/oauth2/userinfo", "user_id")),
        new("GitLab", "gitlab", _ => "https://gitlab.com", false, i => OAuth(i, i + "/oauth/authorize", i + "/oauth/token", i + "/oauth/discovery/keys", i + "/oauth/userinfo")),
        new("Keycard Vault", "vault", t => $"https://{t}.keycard.cloud/vault", true, null, KeycardConstants.TypeVault),
        new("Atlassian", "atlassian", _ => "https://auth.atlassian.com", false, i => OAuth(
            i, "https://auth.atlassian.com/authorize", "https://auth.atlassian.com/oauth/token",
            customize: o => o with
            {
                AuthorizationParameters = new Dictionary<string, string> { ["audience"] = "api.atlassian.com", ["prompt"] = "consent" },
                AuthorizationResourceEnabled = false,
            })),
        new("Zoom", "zoom", _ => "https://zoom.us", false, i => OAuth(i, "https://zoom.us/oauth/authorize", "https://zoom.us/oauth/token")),
        new("Keycloak", "keycloak", t => $"https://sso.{t}.example.com/realms/main", true, i => OAuth(
            i, i + "/protocol/openid-connect/auth", i + "/protocol/openid-connect/token", i + "/protocol/openid-connect/certs", i + "/protocol/openid-connect/userinfo", "preferred_username")),
        new("Keycard STS", "sts", t => $"https://{t}.keycard.cloud", true, i => new KeycardProtocols
        {
            OAuth2 = new KeycardOAuth2Protocol
            {
                Issuer = i,
                TokenEndpoint = i + "/oauth/token",
                JwksUri = i + "/.well-known/jwks.json",
                AuthorizationResourceEnabled = true,
                AuthorizationResourceParameter = "resource",
            },
        }, KeycardConstants.TypeSts),
        new("Linear", "linear", _ => "https://linear.app", false, i => OAuth(i, "https://linear.app/oauth/authorize", "https://api.linear.app/oauth/token")),
        new("Notion", "notion", _ => "https://api.notion.com", false, i => OAuth(i, "https://api.notion.com/v1/oauth/authorize", "https://api.notion.com/v1/oauth/token")),
        new("Box", "box", _ => "https://account.box.com", false, i => OAuth(i, "https://account.box.com/api/oauth2/authorize", "https://api.box.com/oauth2/token")),
    ];

    private sealed record Vendor(
        string Name,
        string Key,
        Func<string, string> Issuer,
        bool TenantInIssuer,
        Func<string, KeycardProtocols>? Protocols,
        string Type = KeycardConstants.TypeExternal);
}
