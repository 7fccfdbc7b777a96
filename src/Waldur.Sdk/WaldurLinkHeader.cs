using System.Globalization;
using System.Net.Http.Headers;

namespace Waldur.Sdk;

/// <summary>Reads RFC 8288 <c>Link</c> headers (<c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="last"</c>) and page numbers from link targets.</summary>
internal static class WaldurLinkHeader
{
    /// <summary>Finds the <c>rel="next"</c> target.</summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="requestUri">The request URL, to resolve a relative target.</param>
    /// <param name="hasLinkHeader">Whether any <c>Link</c> header was sent.</param>
    /// <returns>The absolute next target, or <see langword="null"/>.</returns>
    public static Uri? FindNext(HttpResponseHeaders headers, Uri? requestUri, out bool hasLinkHeader)
    {
        hasLinkHeader = false;
        if (!headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        Uri? next = null;
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            hasLinkHeader = true;
            foreach (var (target, rels) in Parse(value))
            {
                if (next is null && rels.Contains("next", StringComparer.OrdinalIgnoreCase))
                {
                    next = Resolve(target, requestUri);
                }
            }
        }

        return next;
    }

    /// <summary>Whether two URLs share scheme, host and port.</summary>
    public static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    /// <summary>The origin of a URL, <c>scheme://host:port</c>.</summary>
    public static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    /// <summary>Reads the <c>page</c> query parameter of a link target.</summary>
    public static long? PageNumber(Uri link)
    {
        var query = link.Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            if (name == "page" && equals > 0
                && long.TryParse(Uri.UnescapeDataString(pair[(equals + 1)..]), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
                && page >= 1)
            {
                return page;
            }
        }

        return null;
    }

    private static Uri? Resolve(string target, Uri? requestUri)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute;
        }

        return requestUri is not null && Uri.TryCreate(requestUri, target, out var resolved) ? resolved : null;
    }

    // One header value may hold several links; a comma inside <...> or a quoted string does not separate them.
    private static IEnumerable<(string Target, string[] Rels)> Parse(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            var open = value.IndexOf('<', i);
            if (open < 0)
            {
                yield break;
            }

            var close = value.IndexOf('>', open + 1);
            if (close < 0)
            {
                yield break;
            }

            var target = value[(open + 1)..close].Trim();
            var end = close + 1;
            var inQuotes = false;
            while (end < value.Length && (inQuotes || value[end] != ','))
            {
                if (value[end] == '"')
                {
                    inQuotes = !inQuotes;
                }

                end++;
            }

            var rels = Array.Empty<string>();
            foreach (var parameter in value[(close + 1)..end].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = parameter.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && parameter[..equals].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
                {
                    rels = parameter[(equals + 1)..].Trim().Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                }
            }

            yield return (target, rels);
            i = end + 1;
        }
    }
}
