using System.Globalization;
using System.Text;
using System.Text.Json;
using Cloudflare.Access.Sdk.Json;
using IdentityProviders.Benchmarks.Baseline;

namespace IdentityProviders.Benchmarks.Pages;

/// <summary>Cloudflare: the V4 envelope, page-number paging, all 14 <c>type</c> variants in turn (SCIM on every third).</summary>
public sealed class CloudflarePages : VendorPages
{
    private static readonly string[] Types =
        ["azureAD", "centrify", "facebook", "github", "google-apps", "google", "linkedin", "oidc", "okta", "onelogin", "pingone", "saml", "yandex", "onetimepin"];

    public override BenchVendor Vendor => BenchVendor.Cloudflare;

    public override void Map(IEndpointRouteBuilder app, string root, Func<long, byte[]?> page, int total) =>
        app.MapGet(Prefix(root) + "client/v4/accounts/{account}/access/identity_providers", (HttpContext context) => Page(page, QueryInt(context, "page", 1) - 1));

    public override int DeserializeSdk(byte[] page) => JsonSerializer.Deserialize(page, CloudflareJsonContext.Default.CloudflareEnvelopeIReadOnlyListIdentityProvider)!.Result!.Count;

    public override int DeserializeBaseline(byte[] page) => JsonSerializer.Deserialize(page, CloudflareBaselineContext.Default.CloudflareListResponse)!.Result!.Count;

    protected override void AppendHead(StringBuilder text, int start, int end, int total, int pageSize) => text.Append("{\"result\":[");

    protected override void AppendTail(StringBuilder text, int start, int end, int total, int pageSize)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        text.Append(CultureInfo.InvariantCulture, $"],\"result_info\":{{\"page\":{start / pageSize + 1},\"per_page\":{pageSize},\"count\":{end - start},\"total_count\":{total},\"total_pages\":{pages}}},\"success\":true,\"errors\":[],\"messages\":[]}}");
    }

    protected override void AppendItem(StringBuilder text, int i)
    {
        var type = Types[i % Types.Length];
        var id = Uuid(i, 0xcf);
        text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"{id}\",\"name\":\"{type} login {i}\",\"type\":\"{type}\",\"config\":{{");
        var client = string.Create(CultureInfo.InvariantCulture, $"\"client_id\":\"{(uint)(i * 40503):x8}-client.apps.example.com\",\"client_secret\":\"****\"");
        const string claims = "\"claims\":[\"email_verified\",\"groups\",\"preferred_username\"],\"email_claim_name\":\"email\"";
        switch (type)
        {
            case "azureAD":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims},\"conditional_access_enabled\":{(i % 2 == 0 ? "true" : "false")},\"directory_id\":\"{Uuid(i, 0xad)}\",\"prompt\":\"select_account\",\"support_groups\":true");
                break;
            case "centrify":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims},\"centrify_account\":\"https://abc{i % 1000:D4}.my.centrify.net/\",\"centrify_app_id\":\"cf-access-{i}\"");
                break;
            case "google-apps":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims},\"apps_domain\":\"tenant{i}.example.com\"");
                break;
            case "google":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims}");
                break;
            case "oidc":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims},\"auth_url\":\"https://idp{i}.example.com/oauth2/v1/authorize\",\"certs_url\":\"https://idp{i}.example.com/oauth2/v1/keys\",\"pkce_enabled\":true,\"scopes\":[\"openid\",\"email\",\"profile\",\"groups\"],\"token_url\":\"https://idp{i}.example.com/oauth2/v1/token\"");
                break;
            case "okta":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims},\"authorization_server_id\":\"aus{i:D10}\",\"okta_account\":\"https://tenant{i}.okta.com\"");
                break;
            case "onelogin":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims},\"onelogin_account\":\"https://tenant{i}.onelogin.com\"");
                break;
            case "pingone":
                text.Append(CultureInfo.InvariantCulture, $"{client},{claims},\"ping_env_id\":\"{Uuid(i, 0x91)}\"");
                break;
            case "saml":
                text.Append(CultureInfo.InvariantCulture, $"\"attributes\":[\"email\",\"department\",\"groups\"],\"email_attribute_name\":\"Email\",\"header_attributes\":[{{\"attribute_name\":\"department\",\"header_name\":\"X-Department\"}}],\"idp_public_certs\":[\"MIIDpDCCAoygAwIBAgIGAX{i:D10}AAoGBAKbLongCertificateBodyForBenchmarkPurposesOnlyQIDAQAB\"],\"issuer_url\":\"https://saml{i}.example.com/metadata\",\"sign_request\":{(i % 2 == 0 ? "true" : "false")},\"sso_target_url\":\"https://saml{i}.example.com/sso/saml\"");
                break;
            case "onetimepin":
                break;
            default: // facebook, github, linkedin, yandex: client id and secret only
                text.Append(client);
                break;
        }

        text.Append('}');
        if (i % 3 == 0 && type != "onetimepin")
        {
            text.Append(CultureInfo.InvariantCulture, $",\"scim_config\":{{\"enabled\":true,\"group_member_deprovision\":false,\"identity_update_behavior\":\"automatic\",\"scim_base_url\":\"https://example.cloudflareaccess.com/populations/{id}/scim/v2\",\"seat_deprovision\":true,\"user_deprovision\":true}}");
        }

        text.Append('}');
    }
}
