namespace Idp.Cli.Connection;

/// <summary>Validates a base URL given on the command line or in the environment.</summary>
internal static class BaseUrl
{
    /// <summary>Parses an absolute http(s) URL.</summary>
    /// <param name="value">The text.</param>
    /// <param name="source">Where it came from, e.g. <c>--base-url</c> or <c>KEYCARD_BASE_URL</c>.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="UsageException">The text is not an absolute http(s) URL.</exception>
    public static Uri Parse(string value, string source)
    {
        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0)
        {
            return uri;
        }

        throw new UsageException($"invalid {source} '{value}': expected an absolute http:// or https:// URL.");
    }
}
