using System.Globalization;
using System.Text.Json.Nodes;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>
/// Valid provider JSON for every union variant a vendor has (Cloudflare's 14 <c>type</c>s, Zitadel's 12 <c>config</c>
/// keys), next to the harness's own items, so that mutations hit every variant converter.
/// </summary>
public static class VariantItems
{
    public static IReadOnlyList<JsonObject> For(VendorHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var standard = harness.Items(3).Select(harness.ItemJson).ToList();
        return harness.Vendor switch
        {
            IdentityProviderVendor.Cloudflare => [.. standard, .. Cloudflare(harness)],
            IdentityProviderVendor.Zitadel => [.. standard, .. Zitadel(harness)],
            _ => standard,
        };
    }

    private static IEnumerable<JsonObject> Cloudflare(VendorHarness h)
    {
        static JsonObject OAuth() => new() { ["client_id"] = "cid", ["client_secret"] = Secrets.ResponseSecret };
        JsonObject With(JsonObject config, params (string Key, JsonNode? Value)[] extra)
        {
            foreach (var (key, value) in extra)
            {
                config[key] = value;
            }

            return config;
        }

        var configs = new (string Type, JsonObject Config)[]
        {
            ("onetimepin", new JsonObject()),
            ("azureAD", With(OAuth(), ("directory_id", "dir-1"), ("support_groups", true), ("conditional_access_enabled", false), ("prompt", "login"), ("claims", new JsonArray("email")), ("email_claim_name", "email"))),
            ("saml", new JsonObject
            {
                ["issuer_url"] = "https://saml.example", ["sso_target_url"] = "https://saml.example/sso", ["idp_public_certs"] = new JsonArray("MIIBfake"),
                ["sign_request"] = false, ["attributes"] = new JsonArray("email"), ["email_attribute_name"] = "email",
                ["header_attributes"] = new JsonArray(new JsonObject { ["attribute_name"] = "group", ["header_name"] = "X-Group" }),
            }),
            ("centrify", With(OAuth(), ("centrify_account", "https://abc.my.centrify.com"), ("centrify_app_id", "app"))),
            ("facebook", OAuth()),
            ("github", OAuth()),
            ("google-apps", With(OAuth(), ("apps_domain", "example.com"))),
            ("google", OAuth()),
            ("linkedin", OAuth()),
            ("okta", With(OAuth(), ("okta_account", "https://dev.okta.com"), ("authorization_server_id", "aus1"))),
            ("onelogin", With(OAuth(), ("onelogin_account", "https://example.onelogin.com"))),
            ("pingone", With(OAuth(), ("ping_env_id", "env-1"))),
            ("yandex", OAuth()),
        };
        var index = 100;
        foreach (var (type, config) in configs)
        {
            var item = h.ItemJson(h.Item(index++));
            item["type"] = type;
            item["config"] = config;
            yield return item;
        }
    }

    private static IEnumerable<JsonObject> Zitadel(VendorHarness h)
    {
        var variants = new (string Type, string Key, JsonObject Config)[]
        {
            ("PROVIDER_TYPE_GOOGLE", "google", new JsonObject { ["clientId"] = "cid", ["scopes"] = new JsonArray("openid") }),
            ("PROVIDER_TYPE_OAUTH", "oauth", new JsonObject
            {
                ["clientId"] = "cid", ["authorizationEndpoint"] = "https://o.example/a", ["tokenEndpoint"] = "https://o.example/t",
                ["userEndpoint"] = "https://o.example/u", ["scopes"] = new JsonArray("openid"), ["idAttribute"] = "sub", ["usePkce"] = true,
            }),
            ("PROVIDER_TYPE_JWT", "jwt", new JsonObject { ["jwtEndpoint"] = "https://j.example", ["issuer"] = "https://j.example", ["keysEndpoint"] = "https://j.example/keys", ["headerName"] = "x-jwt" }),
            ("PROVIDER_TYPE_GITHUB", "github", new JsonObject { ["clientId"] = "cid", ["scopes"] = new JsonArray("user") }),
            ("PROVIDER_TYPE_GITHUB_ES", "githubEs", new JsonObject
            {
                ["clientId"] = "cid", ["authorizationEndpoint"] = "https://g.example/a", ["tokenEndpoint"] = "https://g.example/t",
                ["userEndpoint"] = "https://g.example/u", ["scopes"] = new JsonArray("user"),
            }),
            ("PROVIDER_TYPE_GITLAB", "gitlab", new JsonObject { ["clientId"] = "cid", ["scopes"] = new JsonArray("openid") }),
            ("PROVIDER_TYPE_GITLAB_SELF_HOSTED", "gitlabSelfHosted", new JsonObject { ["clientId"] = "cid", ["issuer"] = "https://gl.example", ["scopes"] = new JsonArray("openid") }),
            ("PROVIDER_TYPE_AZURE_AD", "azureAd", new JsonObject
            {
                ["clientId"] = "cid", ["tenant"] = new JsonObject { ["tenantType"] = "AZURE_AD_TENANT_TYPE_COMMON" }, ["emailVerified"] = true, ["scopes"] = new JsonArray("openid"),
            }),
            ("PROVIDER_TYPE_APPLE", "apple", new JsonObject { ["clientId"] = "cid", ["teamId"] = "TEAM", ["keyId"] = "KEY", ["scopes"] = new JsonArray("email") }),
            ("PROVIDER_TYPE_SAML", "saml", new JsonObject
            {
                ["metadataXml"] = "PHhtbC8+", ["binding"] = "SAML_BINDING_POST", ["withSignedRequest"] = false, ["nameIdFormat"] = "SAML_NAME_ID_FORMAT_EMAILADDRESS",
            }),
        };
        var index = 100;
        foreach (var (type, key, config) in variants)
        {
            var item = h.ItemJson(h.Item(index++));
            item["type"] = type;
            item["config"] = new JsonObject { ["options"] = new JsonObject { ["isLinkingAllowed"] = true, ["autoLinking"] = "AUTO_LINKING_OPTION_EMAIL" }, [key] = config };
            yield return item;
        }
    }

    /// <summary>A list page of the vendor's format holding <paramref name="items"/> (page 0 of the standard listing, items swapped).</summary>
    public static (string Body, IReadOnlyList<KeyValuePair<string, string>> Headers) ListPageWith(VendorHarness h, Uri serverUrl, IReadOnlyList<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(h);
        var page = h.ListPage(serverUrl, h.StandardItems, 0);
        var root = JsonNode.Parse(page.Body)!;
        var array = new JsonArray([.. items.Select(i => (JsonNode)i.DeepClone())]);
        switch (root)
        {
            case JsonArray:
                root = array;
                break;
            case JsonObject o when o.ContainsKey("items"):
                o["items"] = array;
                break;
            case JsonObject o:
                o["result"] = array;
                break;
        }

        return (root.ToJsonString(), page.Headers);
    }

    public static string Describe(JsonObject item) => string.Create(CultureInfo.InvariantCulture, $"{item["type"]}");
}
