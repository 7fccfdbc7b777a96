using System.Globalization;
using System.Text;

namespace IdentityProviders.Benchmarks;

/// <summary>Pre-rendered Keycard list pages: realistic providers, cursor = index of the last item.</summary>
public static class KeycardPages
{
    public static byte[][] Render(int total, int pageSize)
    {
        var pages = new List<byte[]>();
        for (var start = 0; start < total || (total == 0 && pages.Count == 0); start += pageSize)
        {
            var end = Math.Min(total, start + pageSize);
            var text = new StringBuilder("{\"items\":[");
            for (var i = start; i < end; i++)
            {
                if (i > start)
                {
                    text.Append(',');
                }

                AppendProvider(text, i);
            }

            var hasNext = end < total;
            text.Append(CultureInfo.InvariantCulture, $"],\"page_info\":{{\"has_next_page\":{(hasNext ? "true" : "false")},\"has_previous_page\":{(start > 0 ? "true" : "false")},\"start_cursor\":\"c{start}\",\"end_cursor\":\"c{end}\"}},\"pagination\":{{\"after_cursor\":{(hasNext ? $"\"c{end}\"" : "null")},\"before_cursor\":null}}}}");
            pages.Add(Encoding.UTF8.GetBytes(text.ToString()));
            if (total == 0)
            {
                break;
            }
        }

        return [.. pages];
    }

    private static void AppendProvider(StringBuilder text, int i)
    {
        var vendor = (i % 4) switch { 0 => "okta", 1 => "google", 2 => "entra", _ => "github" };
        text.Append(CultureInfo.InvariantCulture, $$$"""
            {"id":"prv_{{{i:D20}}}","organization_id":"org_acme","zone_id":"zone_bench","owner_type":"customer","slug":"{{{vendor}}}-{{{i}}}","name":"{{{vendor}}} provider {{{i}}}","description":"Benchmark provider number {{{i}}} for the {{{vendor}}} tenant","identifier":"https://{{{vendor}}}.example.com/tenants/{{{i}}}","type":"external","client_id":"client-{{{i:D8}}}","client_secret_set":true,"metadata":{"team":"platform","cost_center":"{{{i % 97}}}"},"protocols":{"oauth2":{"issuer":"https://{{{vendor}}}.example.com/tenants/{{{i}}}","authorization_endpoint":"https://{{{vendor}}}.example.com/oauth2/authorize","token_endpoint":"https://{{{vendor}}}.example.com/oauth2/token","jwks_uri":"https://{{{vendor}}}.example.com/oauth2/keys","scopes_supported":["openid","email","profile"],"code_challenge_methods_supported":["S256"]},"openid":{"userinfo_endpoint":"https://{{{vendor}}}.example.com/userinfo"}},"created_at":"2026-01-02T03:04:05.123Z","updated_at":"2026-03-04T05:06:07.456Z"}
            """);
    }
}
