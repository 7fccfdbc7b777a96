using System.Globalization;
using System.Text;
using System.Text.Json;
using IdentityProviders.Benchmarks.Baseline;
using Waldur.Sdk.Json;

namespace IdentityProviders.Benchmarks.Pages;

/// <summary>Waldur: a bare JSON array; <c>X-Result-Count</c> and a same-origin <c>Link rel="next"</c> header, as Django REST framework sends them.</summary>
public sealed class WaldurPages : VendorPages
{
    private static readonly string[] Kinds = ["keycloak", "eduteams", "tara", "oidc"];

    public override BenchVendor Vendor => BenchVendor.Waldur;

    public override void Map(IEndpointRouteBuilder app, string root, Func<long, byte[]?> page, int total) =>
        app.MapGet(Prefix(root) + "api/identity-providers/", (HttpContext context) =>
        {
            var number = QueryInt(context, "page", 1);
            var size = QueryInt(context, "page_size", PageSize);
            var headers = context.Response.Headers;
            headers["X-Result-Count"] = total.ToString(CultureInfo.InvariantCulture);
            if ((long)number * size < total)
            {
                var request = context.Request;
                headers.Link = string.Create(CultureInfo.InvariantCulture, $"<{request.Scheme}://{request.Host}{request.Path}?page={number + 1}&page_size={size}>; rel=\"next\"");
            }

            return Page(page, number - 1);
        });

    public override int DeserializeSdk(byte[] page) => JsonSerializer.Deserialize(page, WaldurJsonContext.Default.IReadOnlyListIdentityProvider)!.Count;

    public override int DeserializeBaseline(byte[] page) => JsonSerializer.Deserialize(page, WaldurBaselineContext.Default.ListWaldurProvider)!.Count;

    protected override void AppendHead(StringBuilder text, int start, int end, int total, int pageSize) => text.Append('[');

    protected override void AppendTail(StringBuilder text, int start, int end, int total, int pageSize) => text.Append(']');

    protected override void AppendItem(StringBuilder text, int i)
    {
        var kind = Kinds[i % Kinds.Length];
        var issuer = string.Create(CultureInfo.InvariantCulture, $"https://{kind}{i}.example.org/realms/waldur");
        text.Append(CultureInfo.InvariantCulture, $$$"""
            {"provider":"{{{kind}}}-{{{i}}}","is_active":true,"client_id":"waldur-{{{i:D6}}}","client_secret":"s3cr3t-{{{(uint)(i * 2654435761u):x8}}}","verify_ssl":true,"enable_post_logout_redirect":{{{(i % 2 == 0 ? "true" : "false")}}},"enable_pkce":true,"discovery_url":"{{{issuer}}}/.well-known/openid-configuration","userinfo_url":"{{{issuer}}}/protocol/openid-connect/userinfo","token_url":"{{{issuer}}}/protocol/openid-connect/token","auth_url":"{{{issuer}}}/protocol/openid-connect/auth","logout_url":"{{{issuer}}}/protocol/openid-connect/logout","label":"{{{kind}}} login {{{i}}}","management_url":"https://{{{kind}}}{{{i}}}.example.org/admin/","protected_fields":["full_name","email"],"extra_scope":"{{{(i % 3 == 0 ? "offline_access" : "")}}}","user_field":"username","user_claim":"preferred_username","attribute_mapping":{"full_name":"name","email":"email","organization":"schac_home_organization"},"extra_fields":null,"allowed_redirects":["https://portal{{{i % 10}}}.example.org"]}
            """);
    }
}
