using System.Globalization;
using System.Text;
using System.Text.Json;
using IdentityProviders.Benchmarks.Baseline;
using Keycard.Sdk.Json;

namespace IdentityProviders.Benchmarks.Pages;

/// <summary>Keycard: <c>{items, page_info, pagination}</c>, cursor = <c>c{index of the next item}</c>.</summary>
public sealed class KeycardPages : VendorPages
{
    public override BenchVendor Vendor => BenchVendor.Keycard;

    public override void Map(IEndpointRouteBuilder app, string root, Func<long, byte[]?> page, int total) =>
        app.MapGet(Prefix(root) + "zones/{zone}/providers", (HttpContext context) =>
        {
            var after = context.Request.Query["after"].ToString();
            var index = after.Length == 0 ? 0 : int.Parse(after.AsSpan(1), CultureInfo.InvariantCulture) / QueryInt(context, "limit", PageSize);
            return Page(page, index);
        });

    public override int DeserializeSdk(byte[] page) => JsonSerializer.Deserialize(page, KeycardJsonContext.Default.ProviderListResponse)!.Items.Count;

    public override int DeserializeBaseline(byte[] page) => JsonSerializer.Deserialize(page, KeycardBaselineContext.Default.KeycardListResponse)!.Items.Count;

    protected override void AppendHead(StringBuilder text, int start, int end, int total, int pageSize) => text.Append("{\"items\":[");

    protected override void AppendTail(StringBuilder text, int start, int end, int total, int pageSize)
    {
        var hasNext = end < total;
        text.Append(CultureInfo.InvariantCulture, $"],\"page_info\":{{\"has_next_page\":{(hasNext ? "true" : "false")},\"has_previous_page\":{(start > 0 ? "true" : "false")},\"start_cursor\":\"c{start}\",\"end_cursor\":\"c{end}\"}},\"pagination\":{{\"after_cursor\":{(hasNext ? $"\"c{end}\"" : "null")},\"before_cursor\":null}}}}");
    }

    protected override void AppendItem(StringBuilder text, int i)
    {
        var vendor = (i % 4) switch { 0 => "okta", 1 => "google", 2 => "entra", _ => "github" };
        text.Append(CultureInfo.InvariantCulture, $$$"""
            {"id":"prv_{{{i:D20}}}","organization_id":"org_acme","zone_id":"zone_bench","owner_type":"customer","slug":"{{{vendor}}}-{{{i}}}","name":"{{{vendor}}} provider {{{i}}}","description":"Benchmark provider number {{{i}}} for the {{{vendor}}} tenant","identifier":"https://{{{vendor}}}.example.com/tenants/{{{i}}}","type":"external","client_id":"client-{{{i:D8}}}","client_secret_set":true,"metadata":{"team":"platform","cost_center":"{{{i % 97}}}"},"protocols":{"oauth2":{"issuer":"https://{{{vendor}}}.example.com/tenants/{{{i}}}","authorization_endpoint":"https://{{{vendor}}}.example.com/oauth2/authorize","token_endpoint":"https://{{{vendor}}}.example.com/oauth2/token","jwks_uri":"https://{{{vendor}}}.example.com/oauth2/keys","scopes_supported":["openid","email","profile"],"code_challenge_methods_supported":["S256"]},"openid":{"userinfo_endpoint":"https://{{{vendor}}}.example.com/userinfo"}},"created_at":"2026-01-02T03:04:05.123Z","updated_at":"2026-03-04T05:06:07.456Z"}
            """);
    }
}
