using System.Globalization;
using System.Text;

namespace IdentityProviders.Benchmarks.Pages;

/// <summary>
/// Pre-rendered list pages of one vendor (realistic values; Cloudflare and Zitadel cycle through every union variant),
/// the routes that serve them, and one page read by the SDK's models and by the plain baseline types.
/// </summary>
public abstract class VendorPages
{
    public const int PageSize = 100;

    public static VendorPages For(BenchVendor vendor) => vendor switch
    {
        BenchVendor.Keycard => new KeycardPages(),
        BenchVendor.Cloudflare => new CloudflarePages(),
        BenchVendor.Zitadel => new ZitadelPages(),
        BenchVendor.Waldur => new WaldurPages(),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
    };

    public abstract BenchVendor Vendor { get; }

    /// <summary>Renders <paramref name="total"/> providers in pages of <paramref name="pageSize"/> (at least one page, maybe empty).</summary>
    public byte[][] Render(int total, int pageSize = PageSize)
    {
        var count = Math.Max(1, (total + pageSize - 1) / pageSize);
        var pages = new byte[count][];
        for (var index = 0; index < count; index++)
        {
            pages[index] = RenderPage(index, total, pageSize);
        }

        return pages;
    }

    /// <summary>Renders page <paramref name="index"/> (0-based) of a listing of <paramref name="total"/> providers.</summary>
    public byte[] RenderPage(long index, int total, int pageSize = PageSize)
    {
        var start = (int)Math.Min(total, index * pageSize);
        var end = Math.Min(total, start + pageSize);
        var text = new StringBuilder(2048 * (end - start) + 512);
        AppendHead(text, start, end, total, pageSize);
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                text.Append(',');
            }

            AppendItem(text, i);
        }

        AppendTail(text, start, end, total, pageSize);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Maps the vendor's list route under <paramref name="root"/> (e.g. <c>/</c> or <c>/n1000/</c>) plus <c>{vendor}/</c>;
    /// <paramref name="page"/> returns the body of page <c>index</c> (0-based), or <see langword="null"/> past the end.
    /// </summary>
    public abstract void Map(IEndpointRouteBuilder app, string root, Func<long, byte[]?> page, int total);

    /// <summary>Deserializes one page with the SDK's source-generated context and models; returns the item count.</summary>
    public abstract int DeserializeSdk(byte[] page);

    /// <summary>Deserializes one page with the baseline types; returns the item count.</summary>
    public abstract int DeserializeBaseline(byte[] page);

    protected string Prefix(string root) => root + Vendor.ToString().ToLowerInvariant() + "/";

    protected abstract void AppendHead(StringBuilder text, int start, int end, int total, int pageSize);

    protected abstract void AppendItem(StringBuilder text, int i);

    protected abstract void AppendTail(StringBuilder text, int start, int end, int total, int pageSize);

    protected static IResult Page(Func<long, byte[]?> page, long index) =>
        index >= 0 && page(index) is { } body ? Results.Bytes(body, "application/json") : Results.NotFound();

    protected static int QueryInt(HttpContext context, string name, int fallback) =>
        int.TryParse(context.Request.Query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>A stable pseudo-UUID for item <paramref name="i"/> (the same on every run).</summary>
    protected static string Uuid(int i, int salt) =>
        string.Create(CultureInfo.InvariantCulture, $"{(uint)(i * 2654435761u + salt):x8}-{i % 65536:x4}-4{salt % 4096:x3}-a{(i * 7) % 4096:x3}-{i:x12}");
}
