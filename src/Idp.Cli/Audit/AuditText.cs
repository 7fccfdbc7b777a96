using System.Globalization;
using System.Text;
using IdentityProviders.Sdk.Json;

namespace Idp.Cli.Audit;

/// <summary>Text helpers for finding messages: flags, URL lists, and URLs with credentials and secret query values masked.</summary>
internal static class AuditText
{
    /// <summary>What replaces a masked part of a URL.</summary>
    public const string Mask = "***";

    /// <summary>The most items a message lists before it says "and N more".</summary>
    public const int MaxListed = 5;

    /// <summary>A flag as <c>true</c>, <c>false</c> or <c>unset</c>.</summary>
    /// <param name="value">The flag.</param>
    /// <returns>The text.</returns>
    public static string Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "unset",
    };

    /// <summary>Joins items with ", ", listing at most <see cref="MaxListed"/> and counting the rest ("a, b and 3 more").</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count <= MaxListed
            ? string.Join(", ", items)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", items.Take(MaxListed))} and {items.Count - MaxListed} more");
    }

    /// <summary>
    /// A URL safe to print: user information (<c>user:password@</c>) becomes <c>***@</c> and the values of query or
    /// fragment parameters with secret names (<c>token</c>, <c>client_secret</c>, ...) become <c>***</c>. Everything
    /// else is kept as configured, so the user can find the value.
    /// </summary>
    /// <param name="url">The URL as configured.</param>
    /// <returns>The URL with secrets masked.</returns>
    public static string SafeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var result = new StringBuilder(url.Length);
        result.Append(url, 0, authorityStart);
        var at = schemeEnd >= 0 && authorityEnd > authorityStart ? url.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) : -1;
        if (at >= 0)
        {
            result.Append(Mask).Append(url, at, authorityEnd - at);
        }
        else
        {
            result.Append(url, authorityStart, authorityEnd - authorityStart);
        }

        var parametersStart = url.IndexOfAny(['?', '#'], authorityEnd);
        if (parametersStart < 0)
        {
            return result.Append(url, authorityEnd, url.Length - authorityEnd).ToString();
        }

        result.Append(url, authorityEnd, parametersStart - authorityEnd);
        var start = parametersStart;
        while (start < url.Length)
        {
            // url[start] is '?', '#' or '&'; a parameter runs to the next of them.
            result.Append(url[start]);
            var end = url.IndexOfAny(['&', '#'], start + 1);
            if (end < 0)
            {
                end = url.Length;
            }

            var parameter = url.AsSpan(start + 1, end - start - 1);
            var equals = parameter.IndexOf('=');
            if (equals > 0 && IsSecretParameter(parameter[..equals].ToString()))
            {
                result.Append(parameter[..(equals + 1)]).Append(Mask);
            }
            else
            {
                result.Append(parameter);
            }

            start = end;
        }

        return result.ToString();
    }

    private static bool IsSecretParameter(string name) => SecretRedactor.IsSecretName(Uri.UnescapeDataString(name));
}
