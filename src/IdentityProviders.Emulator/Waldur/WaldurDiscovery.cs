using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Waldur;

/// <summary>
/// Deterministic answers of discover_metadata and generate-mapping. Waldur fetches the provider's discovery document;
/// the emulator has no network, so it describes a typical Keycloak-like provider at the given issuer.
/// </summary>
internal static class WaldurDiscovery
{
    private static readonly (string Field, string Description, string[] Claims)[] Fields =
    [
        ("username", "Username", ["preferred_username", "sub"]),
        ("first_name", "First name", ["given_name", "first_name"]),
        ("last_name", "Last name", ["family_name", "last_name"]),
        ("email", "E-mail address", ["email"]),
        ("organization", "Organization", ["schac_home_organization", "organization"]),
        ("civil_number", "Civil number", ["personal_code", "civil_number"]),
    ];

    private static readonly string[] Claims = ["sub", "name", "given_name", "family_name", "email", "email_verified", "preferred_username", "locale"];

    public static JsonObject Metadata(string issuer)
    {
        var available = new HashSet<string>(Claims, StringComparer.Ordinal);
        return new JsonObject
        {
            ["claims_supported"] = new JsonArray([.. Claims.Select(c => (JsonNode)c)]),
            ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
            ["endpoints"] = new JsonObject
            {
                ["authorization_endpoint"] = issuer + "/protocol/openid-connect/auth",
                ["token_endpoint"] = issuer + "/protocol/openid-connect/token",
                ["userinfo_endpoint"] = issuer + "/protocol/openid-connect/userinfo",
                ["end_session_endpoint"] = issuer + "/protocol/openid-connect/logout",
            },
            ["waldur_fields"] = new JsonArray([.. Fields.Select(f => (JsonNode)new JsonObject
            {
                ["field"] = f.Field,
                ["description"] = f.Description,
                ["suggested_claims"] = new JsonArray([.. f.Claims.Select(c => (JsonNode)c)]),
                ["available_claims"] = new JsonArray([.. f.Claims.Where(available.Contains).Select(c => (JsonNode)c)]),
            })]),
            ["suggested_scopes"] = new JsonArray("openid", "profile", "email"),
        };
    }

    public static JsonObject Mapping() => new()
    {
        ["attribute_mapping"] = new JsonObject
        {
            ["username"] = "preferred_username",
            ["first_name"] = "given_name",
            ["last_name"] = "family_name",
            ["email"] = "email",
        },
        ["extra_scope"] = "profile email",
    };
}
