using System.Text.Json.Nodes;

namespace Keycard.Sdk.Tests.TestSupport;

/// <summary>Wire JSON as Keycard sends it.</summary>
public static class KeycardJson
{
    /// <summary>A provider with every field of the current API (the Stainless reference), each with a distinct value.</summary>
    public const string FullProvider = """
        {
          "id": "prv_full_1",
          "created_at": "2024-03-01T10:20:30.123Z",
          "identifier": "https://acme.okta.com",
          "name": "Acme Okta",
          "organization_id": "org_42",
          "owner_type": "customer",
          "slug": "acme-okta",
          "updated_at": "2024-03-02T11:21:31.456Z",
          "zone_id": "zone_1",
          "client_id": "okta-client-id",
          "client_secret_set": true,
          "description": "Okta for Acme",
          "metadata": { "env": "prod", "tier": 3, "tags": ["a", "b"] },
          "protocols": {
            "oauth2": {
              "issuer": "https://acme.okta.com",
              "authorization_endpoint": "https://acme.okta.com/oauth2/v1/authorize",
              "authorization_parameters": { "prompt": "consent", "access_type": "offline" },
              "authorization_resource_enabled": true,
              "authorization_resource_parameter": "audience",
              "code_challenge_methods_supported": ["S256", "plain"],
              "jwks_uri": "https://acme.okta.com/oauth2/v1/keys",
              "registration_endpoint": "https://acme.okta.com/oauth2/v1/clients",
              "scope_parameter": "user_scope",
              "scope_separator": ",",
              "scopes_supported": ["openid", "email", "profile"],
              "token_endpoint": "https://acme.okta.com/oauth2/v1/token",
              "token_response_access_token_pointer": "authed_user.access_token"
            },
            "openid": {
              "userinfo_endpoint": "https://acme.okta.com/oauth2/v1/userinfo",
              "scopes": ["openid", "groups"],
              "user_identifier_claim": "email"
            }
          },
          "type": "external"
        }
        """;

    /// <summary>The smallest valid provider (required fields only), with <paramref name="id"/>.</summary>
    public static string Provider(string id, string? name = null) => new JsonObject
    {
        ["id"] = id,
        ["organization_id"] = "org_42",
        ["zone_id"] = "zone_1",
        ["owner_type"] = "customer",
        ["slug"] = "slug-" + id.Replace('_', '-'),
        ["name"] = name ?? "Provider " + id,
        ["identifier"] = "https://idp.example.com/" + id,
        ["type"] = "external",
        ["created_at"] = "2024-01-01T00:00:00.000Z",
        ["updated_at"] = "2024-01-02T00:00:00.000Z",
    }.ToJsonString();

    /// <summary>A list page of minimal providers with the given ids.</summary>
    public static string Page(IEnumerable<string> ids, bool hasNext, bool hasPrevious = false, string? startCursor = null, string? endCursor = null)
    {
        var items = new JsonArray([.. ids.Select(id => JsonNode.Parse(Provider(id)))]);
        return new JsonObject
        {
            ["items"] = items,
            ["page_info"] = new JsonObject
            {
                ["has_next_page"] = hasNext,
                ["has_previous_page"] = hasPrevious,
                ["start_cursor"] = startCursor,
                ["end_cursor"] = endCursor,
            },
        }.ToJsonString();
    }

    public static string Error(string code, string message, int status) =>
        new JsonObject { ["message"] = message, ["code"] = code, ["status"] = status }.ToJsonString();
}
