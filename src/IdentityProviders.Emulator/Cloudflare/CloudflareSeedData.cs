using System.Globalization;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>
/// Deterministic seed identity providers covering all 14 types, cycled with numbered names ("Okta", ..., "Okta 2"),
/// fixed UUIDs, no randomness, so tests can rely on them. Every third OIDC-family provider has SCIM enabled.
/// </summary>
internal static class CloudflareSeedData
{
    private static readonly Template[] Templates =
    [
        new("Entra ID", "azureAD", t => new JsonObject
        {
            ["client_id"] = $"{t}-entra-client",
            ["client_secret"] = $"{t}-entra-secret",
            ["directory_id"] = "8f0c2c6e-3b51-4b8e-9c8a-0a8b5f1c2d3e",
            ["claims"] = new JsonArray("email_verified", "preferred_username"),
            ["email_claim_name"] = "email",
            ["conditional_access_enabled"] = false,
            ["prompt"] = "select_account",
            ["support_groups"] = true,
        }, Scim: true),
        new("Centrify", "centrify", t => new JsonObject
        {
            ["client_id"] = $"{t}-centrify-client",
            ["client_secret"] = $"{t}-centrify-secret",
            ["centrify_account"] = $"https://{t}.my.centrify.com/",
            ["centrify_app_id"] = "cloudflare-access",
        }),
        new("Facebook", "facebook", t => new JsonObject { ["client_id"] = $"{t}-facebook-app" }),
        new("GitHub", "github", t => new JsonObject { ["client_id"] = $"Iv1.{t}github", ["client_secret"] = $"{t}-github-secret" }),
        new("Google", "google", t => new JsonObject
        {
            ["client_id"] = $"{t}.apps.googleusercontent.com",
            ["client_secret"] = $"{t}-google-secret",
            ["email_claim_name"] = "email",
        }),
        new("Google Workspace", "google-apps", t => new JsonObject
        {
            ["client_id"] = $"{t}-workspace.apps.googleusercontent.com",
            ["client_secret"] = $"{t}-workspace-secret",
            ["apps_domain"] = $"{t}.example.com",
            ["claims"] = new JsonArray("hd"),
        }),
        new("LinkedIn", "linkedin", t => new JsonObject { ["client_id"] = $"{t}-linkedin-client", ["client_secret"] = $"{t}-linkedin-secret" }),
        new("Generic OIDC", "oidc", t => new JsonObject
        {
            ["client_id"] = $"{t}-oidc-client",
            ["client_secret"] = $"{t}-oidc-secret",
            ["auth_url"] = $"https://login.{t}.example.com/oauth2/authorize",
            ["token_url"] = $"https://login.{t}.example.com/oauth2/token",
            ["certs_url"] = $"https://login.{t}.example.com/oauth2/keys",
            ["scopes"] = new JsonArray("openid", "email", "profile"),
            ["claims"] = new JsonArray("groups"),
            ["email_claim_name"] = "email",
            ["pkce_enabled"] = true,
        }, Scim: true),
        new("Okta", "okta", t => new JsonObject
        {
            ["client_id"] = $"0oa{t}okta",
            ["client_secret"] = $"{t}-okta-secret",
            ["okta_account"] = $"https://{t}.okta.com",
            ["authorization_server_id"] = "aus9o8wzkhckw9TLa0h7z",
            ["claims"] = new JsonArray("groups"),
        }, Scim: true),
        new("OneLogin", "onelogin", t => new JsonObject
        {
            ["client_id"] = $"{t}-onelogin-client",
            ["client_secret"] = $"{t}-onelogin-secret",
            ["onelogin_account"] = $"https://{t}.onelogin.com",
        }),
        new("PingOne", "pingone", t => new JsonObject
        {
            ["client_id"] = $"{t}-pingone-client",
            ["client_secret"] = $"{t}-pingone-secret",
            ["ping_env_id"] = "342b5660-0c32-4936-a5a4-ce21fae57b0a",
        }),
        new("SAML", "saml", t => new JsonObject
        {
            ["issuer_url"] = $"https://idp.{t}.example.com/saml/metadata",
            ["sso_target_url"] = $"https://idp.{t}.example.com/saml/sso",
            ["attributes"] = new JsonArray("group", "department"),
            ["email_attribute_name"] = "Email",
            ["header_attributes"] = new JsonArray(new JsonObject { ["attribute_name"] = "department", ["header_name"] = "X-Department" }),
            ["idp_public_certs"] = new JsonArray("MIIDpDCCAoygAwIBAgIGAV2ka+55MA0GCSqGSIb3DQEBCwUAMIGSMQswCQYDVQQGEwJVUzET"),
            ["sign_request"] = false,
        }, Scim: true),
        new("Yandex", "yandex", t => new JsonObject { ["client_id"] = $"{t}-yandex-client", ["client_secret"] = $"{t}-yandex-secret" }),
        new("One-time PIN", "onetimepin", _ => new JsonObject()),
    ];

    /// <summary>The seed providers; <paramref name="idPrefix"/> keeps the account's and the zone's ids apart.</summary>
    public static IEnumerable<CloudflareIdentityProvider> Create(char idPrefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var template = Templates[i % Templates.Length];
            var round = i / Templates.Length;
            var tenant = round == 0 ? "acme" : "acme" + (round + 1).ToString(CultureInfo.InvariantCulture);
            var scim = template.Scim
                ? new JsonObject
                {
                    ["enabled"] = round % 2 == 0,
                    ["identity_update_behavior"] = round % 2 == 0 ? "automatic" : "no_action",
                    ["user_deprovision"] = true,
                    ["seat_deprovision"] = round % 2 == 0,
                    ["group_member_deprovision"] = false,
                }
                : null;
            yield return new CloudflareIdentityProvider
            {
                Id = SeedId(idPrefix, i + 1),
                Name = round == 0 ? template.Name : template.Name + " " + (round + 1).ToString(CultureInfo.InvariantCulture),
                Type = template.Type,
                Config = template.Config(tenant),
                Scim = scim,
                ScimSecret = scim is null ? null : "seed-scim-secret-" + (i + 1).ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>The id of the n-th seed provider (1-based), e.g. <c>a0000000-0000-4000-8000-000000000001</c>.</summary>
    public static string SeedId(char prefix, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}0000000-0000-4000-8000-{number:D12}");

    private sealed record Template(string Name, string Type, Func<string, JsonObject> Config, bool Scim = false);
}
