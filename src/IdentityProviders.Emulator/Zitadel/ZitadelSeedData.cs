using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>Deterministic providers of every type, cycled, for the instance and the default organization.</summary>
internal static class ZitadelSeedData
{
    public static void Seed(ZitadelStore store, string? orgId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var kind = ZitadelProviderKinds.All[i % ZitadelProviderKinds.All.Length];
            var (name, config, secrets) = Create(kind, i, orgId is null ? "instance" : "org");
            var options = new JsonObject
            {
                ["isLinkingAllowed"] = i % 2 == 0,
                ["isCreationAllowed"] = true,
                ["isAutoCreation"] = i % 3 == 0,
                ["isAutoUpdate"] = i % 4 == 0,
                ["autoLinking"] = i % 3 == 1 ? "AUTO_LINKING_OPTION_EMAIL" : "AUTO_LINKING_OPTION_UNSPECIFIED",
            };
            store.Add(orgId, kind, name, config, options, secrets);
        }
    }

    public static (string Name, JsonObject Config, Dictionary<string, string> Secrets) Create(ZitadelProviderKind kind, int index, string scope)
    {
        var n = index.ToString("D3", CultureInfo.InvariantCulture);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal) { ["clientSecret"] = $"seed-secret-{scope}-{n}" };
        JsonObject config;
        string name;
        switch (kind.Key)
        {
            case "ldap":
                name = $"LDAP {scope} {n}";
                config = new JsonObject
                {
                    ["servers"] = new JsonArray("ldaps://ldap1.example.com:636", "ldaps://ldap2.example.com:636"),
                    ["startTls"] = false,
                    ["baseDn"] = "dc=example,dc=com",
                    ["bindDn"] = "cn=admin,dc=example,dc=com",
                    ["userBase"] = "uid",
                    ["userObjectClasses"] = new JsonArray("inetOrgPerson"),
                    ["userFilters"] = new JsonArray("uid", "mail"),
                    ["timeout"] = "10s",
                    ["attributes"] = new JsonObject { ["idAttribute"] = "uid", ["emailAttribute"] = "mail", ["firstNameAttribute"] = "givenName", ["lastNameAttribute"] = "sn" },
                };
                secrets = new(StringComparer.Ordinal) { ["bindPassword"] = $"seed-bind-password-{scope}-{n}" };
                break;
            case "google":
                name = $"Google {scope} {n}";
                config = new JsonObject { ["clientId"] = $"google-client-{n}.apps.googleusercontent.com", ["scopes"] = new JsonArray("openid", "profile", "email") };
                break;
            case "oauth":
                name = $"OAuth {scope} {n}";
                config = new JsonObject
                {
                    ["clientId"] = $"oauth-client-{n}",
                    ["authorizationEndpoint"] = "https://oauth.example.com/authorize",
                    ["tokenEndpoint"] = "https://oauth.example.com/token",
                    ["userEndpoint"] = "https://oauth.example.com/userinfo",
                    ["scopes"] = new JsonArray("read:user"),
                    ["idAttribute"] = "id",
                    ["usePkce"] = true,
                };
                break;
            case "oidc":
                name = $"OIDC {scope} {n}";
                config = new JsonObject { ["issuer"] = $"https://idp{n}.example.com", ["clientId"] = $"oidc-client-{n}", ["scopes"] = new JsonArray("openid", "profile", "email"), ["isIdTokenMapping"] = index % 2 == 0, ["usePkce"] = false };
                break;
            case "jwt":
                name = $"JWT {scope} {n}";
                config = new JsonObject { ["jwtEndpoint"] = "https://jwt.example.com/login", ["issuer"] = "https://jwt.example.com", ["keysEndpoint"] = "https://jwt.example.com/keys", ["headerName"] = "x-auth-token" };
                secrets = new(StringComparer.Ordinal);
                break;
            case "github":
                name = $"GitHub {scope} {n}";
                config = new JsonObject { ["clientId"] = $"Iv1.github{n}", ["scopes"] = new JsonArray("read:user", "user:email") };
                break;
            case "githubEs":
                name = $"GitHub Enterprise {scope} {n}";
                config = new JsonObject
                {
                    ["clientId"] = $"Iv1.ghes{n}",
                    ["authorizationEndpoint"] = "https://github.example.com/login/oauth/authorize",
                    ["tokenEndpoint"] = "https://github.example.com/login/oauth/access_token",
                    ["userEndpoint"] = "https://github.example.com/api/v3/user",
                    ["scopes"] = new JsonArray("read:user"),
                };
                break;
            case "gitlab":
                name = $"GitLab {scope} {n}";
                config = new JsonObject { ["clientId"] = $"gitlab-{n}", ["scopes"] = new JsonArray("openid", "read_user") };
                break;
            case "gitlabSelfHosted":
                name = $"GitLab self-hosted {scope} {n}";
                config = new JsonObject { ["issuer"] = "https://gitlab.example.com", ["clientId"] = $"gitlab-sh-{n}", ["scopes"] = new JsonArray("openid") };
                break;
            case "azureAd":
                name = $"Azure AD {scope} {n}";
                config = new JsonObject
                {
                    ["clientId"] = $"00000000-0000-0000-0000-000000000{n}",
                    ["tenant"] = index % 2 == 0 ? new JsonObject { ["tenantType"] = "AZURE_AD_TENANT_TYPE_ORGANISATIONS" } : new JsonObject { ["tenantId"] = "11111111-2222-3333-4444-555555555555" },
                    ["emailVerified"] = true,
                    ["scopes"] = new JsonArray("openid", "profile", "email", "User.Read"),
                };
                break;
            case "apple":
                name = $"Apple {scope} {n}";
                config = new JsonObject { ["clientId"] = $"com.example.app{n}", ["teamId"] = "ALT03JV3OS", ["keyId"] = "OGKDK25KD0", ["scopes"] = new JsonArray("name", "email") };
                secrets = new(StringComparer.Ordinal) { ["privateKey"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("-----BEGIN PRIVATE KEY-----\nseed\n-----END PRIVATE KEY-----")) };
                break;
            default:
                name = $"SAML {scope} {n}";
                config = new JsonObject
                {
                    ["metadataXml"] = Metadata($"https://saml{n}.example.com/metadata"),
                    ["binding"] = "SAML_BINDING_POST",
                    ["withSignedRequest"] = true,
                    ["nameIdFormat"] = "SAML_NAME_ID_FORMAT_PERSISTENT",
                    ["transientMappingAttributeName"] = string.Empty,
                    ["federatedLogoutEnabled"] = false,
                    ["signatureAlgorithm"] = "SAML_SIGNATURE_RSA_SHA256",
                };
                secrets = new(StringComparer.Ordinal);
                break;
        }

        return (name, config, secrets);
    }

    /// <summary>The metadata document the emulator pretends to have fetched from a metadata URL (base64, as bytes travel).</summary>
    public static string Metadata(string entityId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"{entityId}\"/>"));
}
