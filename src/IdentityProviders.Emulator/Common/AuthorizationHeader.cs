using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace IdentityProviders.Emulator.Common;

/// <summary>Reads credentials from the <c>Authorization</c> header and compares secrets.</summary>
internal static class AuthorizationHeader
{
    /// <summary>Returns the token of a <c>Bearer</c> authorization header, or <see langword="null"/> when there is none.</summary>
    public static string? GetBearerToken(HttpRequest request) => GetCredentials(request, "Bearer");

    /// <summary>Reads HTTP Basic credentials (RFC 7617), form-url-decoding each part as RFC 6749 section 2.3.1 requires.</summary>
    /// <returns><see langword="true"/> when a well-formed Basic header is present.</returns>
    public static bool TryGetBasicCredentials(HttpRequest request, out string userName, out string password)
    {
        userName = string.Empty;
        password = string.Empty;
        var encoded = GetCredentials(request, "Basic");
        if (encoded is null)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return false;
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0)
        {
            return false;
        }

        userName = WebUtility.UrlDecode(decoded[..separator]);
        password = WebUtility.UrlDecode(decoded[(separator + 1)..]);
        return true;
    }

    /// <summary>Tells whether the request has an <c>Authorization</c> header of the given scheme.</summary>
    public static bool HasScheme(HttpRequest request, string scheme) => GetCredentials(request, scheme) is not null;

    /// <summary>Compares two secrets in time that does not depend on where they differ.</summary>
    public static bool SecretEquals(string? actual, string expected)
    {
        if (actual is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
    }

    private static string? GetCredentials(HttpRequest request, string scheme)
    {
        var values = request.Headers[HeaderNames.Authorization];
        if (values.Count != 1 || values[0] is not { } header)
        {
            return null;
        }

        header = header.Trim();
        if (header.Length <= scheme.Length
            || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || header[scheme.Length] != ' ')
        {
            return null;
        }

        var credentials = header[(scheme.Length + 1)..].Trim();
        return credentials.Length == 0 ? null : credentials;
    }
}
