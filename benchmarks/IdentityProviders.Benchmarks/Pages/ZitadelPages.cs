using System.Globalization;
using System.Text;
using System.Text.Json;
using IdentityProviders.Benchmarks.Baseline;
using Zitadel.Sdk.Json;

namespace IdentityProviders.Benchmarks.Pages;

/// <summary>
/// Zitadel: <c>POST .../idps/templates/_search</c> with <c>query.offset</c>/<c>limit</c>, <c>{details:{totalResult},
/// result}</c>, 64-bit numbers as strings, all 12 <c>config</c> variants in turn.
/// </summary>
public sealed class ZitadelPages : VendorPages
{
    private static readonly string[] Keys =
        ["oidc", "google", "azureAd", "ldap", "oauth", "jwt", "github", "githubEs", "gitlab", "gitlabSelfHosted", "apple", "saml"];

    private static readonly string[] Types =
        ["OIDC", "GOOGLE", "AZURE_AD", "LDAP", "OAUTH", "JWT", "GITHUB", "GITHUB_ES", "GITLAB", "GITLAB_SELF_HOSTED", "APPLE", "SAML"];

    // A few hundred bytes of SAML metadata, base64 as protojson writes bytes.
    private static readonly string Metadata = Convert.ToBase64String(Encoding.UTF8.GetBytes(
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://saml.example.com/metadata\"><md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"><md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://saml.example.com/sso\"/></md:IDPSSODescriptor></md:EntityDescriptor>"));

    public override BenchVendor Vendor => BenchVendor.Zitadel;

    public override void Map(IEndpointRouteBuilder app, string root, Func<long, byte[]?> page, int total) =>
        app.MapPost(Prefix(root) + "management/v1/idps/templates/_search", async (HttpContext context) =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            long offset = 0;
            long limit = PageSize;
            if (body.RootElement.TryGetProperty("query", out var query))
            {
                offset = Number(query, "offset", 0);
                limit = Number(query, "limit", PageSize);
            }

            return Page(page, offset / Math.Max(1, limit));
        });

    public override int DeserializeSdk(byte[] page) => JsonSerializer.Deserialize(page, ZitadelJsonContext.Default.ListProvidersResponse)!.Result!.Count;

    public override int DeserializeBaseline(byte[] page) => JsonSerializer.Deserialize(page, ZitadelBaselineContext.Default.ZitadelListResponse)!.Result!.Count;

    protected override void AppendHead(StringBuilder text, int start, int end, int total, int pageSize) =>
        text.Append(CultureInfo.InvariantCulture, $"{{\"details\":{{\"totalResult\":\"{total}\",\"processedSequence\":\"{total + 4711}\",\"viewTimestamp\":\"2026-11-23T10:11:12.345678Z\"}},\"result\":[");

    protected override void AppendTail(StringBuilder text, int start, int end, int total, int pageSize) => text.Append("]}");

    protected override void AppendItem(StringBuilder text, int i)
    {
        var variant = i % Keys.Length;
        var key = Keys[variant];
        var owner = i % 5 == 0 ? "IDP_OWNER_TYPE_SYSTEM" : "IDP_OWNER_TYPE_ORG";
        text.Append(CultureInfo.InvariantCulture, $$$"""
            {"id":"{{{280_000_000_000_000_000L + i}}}","details":{"sequence":"{{{i + 17}}}","creationDate":"2026-01-02T03:04:05.123456Z","changeDate":"2026-03-04T05:06:07.654321Z","resourceOwner":"{{{(owner == "IDP_OWNER_TYPE_SYSTEM" ? "279000000000000001" : "279000000000000042")}}}"},"state":"IDP_STATE_ACTIVE","name":"{{{key}}} login {{{i}}}","owner":"{{{owner}}}","type":"PROVIDER_TYPE_{{{Types[variant]}}}","config":{"options":{"isLinkingAllowed":true,"isCreationAllowed":true,"isAutoCreation":{{{(i % 2 == 0 ? "true" : "false")}}},"isAutoUpdate":true,"autoLinking":"AUTO_LINKING_OPTION_EMAIL"},"{{{key}}}":{
            """);
        var client = string.Create(CultureInfo.InvariantCulture, $"\"clientId\":\"{(uint)(i * 40503):x8}@zitadel-{i}\"");
        var host = string.Create(CultureInfo.InvariantCulture, $"https://{key.ToLowerInvariant()}{i}.example.com");
        switch (key)
        {
            case "oidc":
            case "gitlabSelfHosted":
                text.Append(CultureInfo.InvariantCulture, $"\"issuer\":\"{host}\",{client},\"scopes\":[\"openid\",\"profile\",\"email\"],\"isIdTokenMapping\":{(i % 2 == 0 ? "true" : "false")},\"usePkce\":true");
                break;
            case "azureAd":
                text.Append(CultureInfo.InvariantCulture, $"{client},\"tenant\":{{\"tenantId\":\"{Uuid(i, 0xaa)}\"}},\"emailVerified\":true,\"scopes\":[\"openid\",\"profile\",\"email\",\"User.Read\"]");
                break;
            case "ldap":
                text.Append(CultureInfo.InvariantCulture, $"\"servers\":[\"ldaps://ldap{i}.example.com:636\"],\"startTls\":false,\"baseDn\":\"dc=example,dc=com\",\"bindDn\":\"cn=admin,dc=example,dc=com\",\"userBase\":\"ou=people,dc=example,dc=com\",\"userObjectClasses\":[\"inetOrgPerson\",\"organizationalPerson\"],\"userFilters\":[\"uid\",\"mail\"],\"timeout\":\"10s\",\"attributes\":{{\"idAttribute\":\"uid\",\"firstNameAttribute\":\"givenName\",\"lastNameAttribute\":\"sn\",\"displayNameAttribute\":\"displayName\",\"emailAttribute\":\"mail\",\"preferredLanguageAttribute\":\"preferredLanguage\"}}");
                break;
            case "oauth":
            case "githubEs":
                text.Append(CultureInfo.InvariantCulture, $"{client},\"authorizationEndpoint\":\"{host}/login/oauth/authorize\",\"tokenEndpoint\":\"{host}/login/oauth/access_token\",\"userEndpoint\":\"{host}/api/v3/user\",\"scopes\":[\"read:user\",\"user:email\"]");
                if (key == "oauth")
                {
                    text.Append(",\"idAttribute\":\"id\",\"usePkce\":true");
                }

                break;
            case "jwt":
                text.Append(CultureInfo.InvariantCulture, $"\"jwtEndpoint\":\"{host}/jwt\",\"issuer\":\"{host}\",\"keysEndpoint\":\"{host}/keys\",\"headerName\":\"x-auth-token\"");
                break;
            case "apple":
                text.Append(CultureInfo.InvariantCulture, $"\"clientId\":\"com.example.app{i}\",\"teamId\":\"T{i % 100000:D9}\",\"keyId\":\"K{i % 100000:D9}\",\"scopes\":[\"name\",\"email\"]");
                break;
            case "saml":
                text.Append(CultureInfo.InvariantCulture, $"\"metadataXml\":\"{Metadata}\",\"binding\":\"SAML_BINDING_POST\",\"withSignedRequest\":true,\"nameIdFormat\":\"SAML_NAME_ID_FORMAT_PERSISTENT\",\"transientMappingAttributeName\":\"\",\"federatedLogoutEnabled\":false,\"signatureAlgorithm\":\"SAML_SIGNATURE_RSA_SHA256\"");
                break;
            default: // google, github, gitlab
                text.Append(CultureInfo.InvariantCulture, $"{client},\"scopes\":[\"openid\",\"profile\",\"email\"]");
                break;
        }

        text.Append("}}}");
    }

    private static long Number(JsonElement query, string name, long fallback) =>
        !query.TryGetProperty(name, out var value) ? fallback
        : value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture)
        : value.GetInt64();
}
