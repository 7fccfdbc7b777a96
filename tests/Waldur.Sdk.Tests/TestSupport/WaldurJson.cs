using System.Text.Json.Nodes;

namespace Waldur.Sdk.Tests.TestSupport;

/// <summary>Wire JSON as Waldur sends it.</summary>
public static class WaldurJson
{
    public const string Secret = "super-secret-client-key-7f3e";

    /// <summary>A provider with every field of the spec, each with a distinct value, plus one field this SDK does not know.</summary>
    public const string FullProvider = """
        {
          "provider": "keycloak",
          "is_active": true,
          "client_id": "waldur-portal",
          "client_secret": "super-secret-client-key-7f3e",
          "verify_ssl": false,
          "enable_post_logout_redirect": true,
          "enable_pkce": true,
          "discovery_url": "https://kc.example.org/realms/w/.well-known/openid-configuration",
          "userinfo_url": "https://kc.example.org/realms/w/protocol/openid-connect/userinfo",
          "token_url": "https://kc.example.org/realms/w/protocol/openid-connect/token",
          "auth_url": "https://kc.example.org/realms/w/protocol/openid-connect/auth",
          "logout_url": "https://kc.example.org/realms/w/protocol/openid-connect/logout",
          "label": "Keycloak",
          "management_url": "https://kc.example.org/realms/w/account",
          "protected_fields": ["first_name", "email", 7],
          "extra_scope": "profile email",
          "user_field": "username",
          "user_claim": "preferred_username",
          "attribute_mapping": { "first_name": "given_name", "email": "email", "groups": ["a", "b"] },
          "extra_fields": "organization affiliation",
          "allowed_redirects": ["https://portal.example.org", "http://localhost:8000"],
          "icon_url": "https://kc.example.org/icon.png"
        }
        """;

    /// <summary>The smallest valid provider (the spec's required fields), named <paramref name="name"/>.</summary>
    public static JsonObject Provider(string name) => new()
    {
        ["provider"] = name,
        ["client_id"] = "client-" + name,
        ["client_secret"] = "secret-" + name,
        ["discovery_url"] = $"https://{name}.example.org/.well-known/openid-configuration",
        ["label"] = "Label " + name,
        ["userinfo_url"] = string.Empty,
        ["token_url"] = string.Empty,
        ["auth_url"] = string.Empty,
        ["logout_url"] = string.Empty,
    };

    /// <summary>A bare JSON array of minimal providers.</summary>
    public static string Page(IEnumerable<string> names) => new JsonArray([.. names.Select(n => (JsonNode)Provider(n))]).ToJsonString();

    public static IEnumerable<string> Names(int from, int count) => Enumerable.Range(from, count).Select(i => $"p{i:D4}");
}
