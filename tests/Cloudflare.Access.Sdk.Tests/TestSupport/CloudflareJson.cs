using System.Text.Json.Nodes;

namespace Cloudflare.Access.Sdk.Tests.TestSupport;

/// <summary>Wire JSON as Cloudflare sends it: every variant with every documented config field (spec examples where it has them).</summary>
public static class CloudflareJson
{
    public const string OidcId = "f174e90a-fafe-4643-bbbc-4a0ed4fc8415";

    /// <summary>Every documented config field of each type, each with a distinct value.</summary>
    public static readonly IReadOnlyDictionary<string, string> Configs = new Dictionary<string, string>
    {
        ["azureAD"] = """
            {"client_id":"<your client id>","client_secret":"<your client secret>","claims":["email_verified","preferred_username","custom_claim_name"],
             "email_claim_name":"custom_claim_name","conditional_access_enabled":true,"directory_id":"<your azure directory uuid>","prompt":"login","support_groups":true}
            """,
        ["centrify"] = """
            {"client_id":"centrify-client","client_secret":"centrify-secret","claims":["given_name"],"email_claim_name":"mail",
             "centrify_account":"https://abc123.my.centrify.com/","centrify_app_id":"exampleapp"}
            """,
        ["facebook"] = """{"client_id":"fb-client","client_secret":"fb-secret"}""",
        ["github"] = """{"client_id":"gh-client","client_secret":"gh-secret"}""",
        ["google"] = """{"client_id":"google-client","client_secret":"google-secret","claims":["locale"],"email_claim_name":"email"}""",
        ["google-apps"] = """{"client_id":"gw-client","client_secret":"gw-secret","claims":["hd"],"email_claim_name":"email","apps_domain":"mycompany.com"}""",
        ["linkedin"] = """{"client_id":"li-client","client_secret":"li-secret"}""",
        ["oidc"] = """
            {"client_id":"oidc-client","client_secret":"oidc-secret","claims":["given_name","locale"],"email_claim_name":"email",
             "auth_url":"https://accounts.google.com/o/oauth2/auth","certs_url":"https://www.googleapis.com/oauth2/v3/certs",
             "pkce_enabled":true,"scopes":["openid","email","profile"],"token_url":"https://accounts.google.com/o/oauth2/token"}
            """,
        ["okta"] = """
            {"client_id":"okta-client","client_secret":"okta-secret","claims":["groups"],"email_claim_name":"email",
             "authorization_server_id":"aus9o8wzkhckw9TLa0h7z","okta_account":"https://dev-abc123.oktapreview.com"}
            """,
        ["onelogin"] = """{"client_id":"ol-client","client_secret":"ol-secret","claims":["groups"],"email_claim_name":"email","onelogin_account":"https://mycompany.onelogin.com"}""",
        ["pingone"] = """{"client_id":"ping-client","client_secret":"ping-secret","claims":["groups"],"email_claim_name":"email","ping_env_id":"342b5660-0c32-4936-a5a4-ce21fae57b0a"}""",
        ["saml"] = """
            {"attributes":["group","department_code","divison"],"email_attribute_name":"Email",
             "header_attributes":[{"attribute_name":"department","header_name":"X-Department"}],
             "idp_public_certs":["MIIDpDCCAoygAwIBAgIGAV2ka+55MA0GCSqGSIb3DQEBCwUA"],"issuer_url":"https://whoami.com",
             "sign_request":true,"sso_target_url":"https://edgeaccess.org/idp/saml/login"}
            """,
        ["yandex"] = """{"client_id":"ya-client","client_secret":"ya-secret"}""",
        ["onetimepin"] = "{}",
    };

    public const string ScimConfig = """
        {"enabled":true,"group_member_deprovision":false,"identity_update_behavior":"automatic","scim_base_url":"https://acme.cloudflareaccess.com/populations/x/scim/v2",
         "seat_deprovision":true,"secret":"scim-secret-value-1","user_deprovision":true}
        """;

    public static TheoryData<string> Types => [.. Configs.Keys];

    /// <summary>A provider object with <c>type</c> at <paramref name="typePosition"/> (0 = first, 2 = after config, 4 = last).</summary>
    public static string Provider(string type, int typePosition = 0, string id = OidcId, string name = "Widget Corps IDP", bool withScim = true)
    {
        var parts = new List<string>
        {
            $"\"id\":\"{id}\"",
            $"\"name\":\"{name}\"",
            $"\"config\":{Configs[type]}",
        };
        if (withScim)
        {
            parts.Add($"\"scim_config\":{ScimConfig}");
        }

        parts.Insert(Math.Min(typePosition, parts.Count), $"\"type\":\"{type}\"");
        return "{" + string.Join(",", parts) + "}";
    }

    /// <summary>A minimal provider (no scim_config).</summary>
    public static string Minimal(string id, string type = "github", string? name = null) =>
        new JsonObject { ["id"] = id, ["name"] = name ?? "IdP " + id, ["type"] = type, ["config"] = new JsonObject() }.ToJsonString();

    /// <summary>A success envelope.</summary>
    public static string Envelope(string resultJson, string? resultInfo = null, string messages = "[]") =>
        $$"""{"success":true,"errors":[],"messages":{{messages}},"result":{{resultJson}}{{(resultInfo is null ? "" : ",\"result_info\":" + resultInfo)}}}""";

    /// <summary>A list page of minimal providers with the given ids.</summary>
    public static string Page(IEnumerable<string> ids, int page, int perPage, int? totalCount, int? totalPages)
    {
        var idList = ids.ToList();
        var items = "[" + string.Join(",", idList.Select(id => Minimal(id))) + "]";
        var info = new JsonObject { ["page"] = page, ["per_page"] = perPage, ["count"] = idList.Count };
        if (totalCount is { } count)
        {
            info["total_count"] = count;
        }

        if (totalPages is { } pages)
        {
            info["total_pages"] = pages;
        }

        return Envelope(items, info.ToJsonString());
    }

    /// <summary>A failure envelope with the given errors.</summary>
    public static string Failure(params (int Code, string Message)[] errors) =>
        new JsonObject
        {
            ["success"] = false,
            ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["message"] = e.Message })]),
            ["messages"] = new JsonArray(),
            ["result"] = null,
        }.ToJsonString();
}
