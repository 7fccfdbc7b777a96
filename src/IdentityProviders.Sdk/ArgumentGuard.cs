using System.Globalization;

namespace IdentityProviders.Sdk;

/// <summary>Argument checks with messages that name the parameter and the documented limit; used before any request is sent.</summary>
public static class ArgumentGuard
{
    /// <summary>Requires a non-empty, non-whitespace string.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name (as the caller sees it).</param>
    /// <exception cref="ArgumentException">The value is null, empty or whitespace.</exception>
    public static void NotEmpty(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} is required and must not be empty.", paramName);
        }
    }

    /// <summary>
    /// Requires a non-empty value that is usable as one URL path segment: not <c>.</c> or <c>..</c>, which URL
    /// normalization would turn into another resource's path (e.g. <c>providers/..</c> is the zone itself), and without
    /// control characters (NUL, CR, LF, ...), which no vendor uses in an identifier and which servers refuse or
    /// mishandle even escaped (Kestrel answers 400 to <c>%00</c> in a path).
    /// </summary>
    /// <param name="value">The value (an id or key sent in the path).</param>
    /// <param name="paramName">The parameter name (as the caller sees it).</param>
    /// <exception cref="ArgumentException">The value is null, empty, whitespace, <c>.</c>, <c>..</c> or holds a control character.</exception>
    public static void PathSegment(string? value, string paramName)
    {
        NotEmpty(value, paramName);
        if (value is "." or "..")
        {
            throw new ArgumentException($"{paramName} '{value}' is not a usable identifier: '.' and '..' path segments would address another URL.", paramName);
        }

        NoControlCharacters(value, paramName);
    }

    /// <summary>Requires a value without control characters (U+0000..U+001F, U+007F..U+009F); <see langword="null"/> passes.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name.</param>
    /// <exception cref="ArgumentException">The value holds a control character.</exception>
    public static void NoControlCharacters(string? value, string paramName)
    {
        if (value is null)
        {
            return;
        }

        var at = value.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
        if (at < 0)
        {
            at = value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        }

        if (at >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} must not contain control characters (found U+{(int)value[at]:X4} at index {at})."), paramName);
        }
    }

    /// <summary>
    /// Requires a value that can travel as an HTTP header value unchanged: printable ASCII (U+0021..U+007E) with inner
    /// spaces, no leading or trailing whitespace. Anything else would be refused by the HTTP stack, trimmed by servers,
    /// or (CR/LF) start another header.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name.</param>
    /// <exception cref="ArgumentException">The value is empty or cannot travel as a header value.</exception>
    public static void HeaderValue(string? value, string paramName)
    {
        NotEmpty(value, paramName);
        if (value![0] == ' ' || value[^1] == ' ' || value.AsSpan().IndexOfAnyExceptInRange(' ', '~') >= 0)
        {
            throw new ArgumentException($"{paramName} must be printable ASCII without leading or trailing spaces: it is sent as an HTTP header value.", paramName);
        }
    }

    /// <summary>Requires a string length within limits; <see langword="null"/> passes unless <paramref name="required"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name.</param>
    /// <param name="min">The minimum length.</param>
    /// <param name="max">The maximum length.</param>
    /// <param name="required">Whether <see langword="null"/> is rejected.</param>
    /// <exception cref="ArgumentException">The value is out of limits.</exception>
    public static void Length(string? value, string paramName, int min, int max, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} is required ({min}..{max} characters)."), paramName);
            }

            return;
        }

        if (value.Length < min || value.Length > max)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} must be {min}..{max} characters long (was {value.Length})."), paramName);
        }
    }

    /// <summary>Requires a number within limits; <see langword="null"/> passes.</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The parameter name.</param>
    /// <param name="min">The minimum.</param>
    /// <param name="max">The maximum.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public static void Range(long? value, string paramName, long min, long max)
    {
        if (value is { } v && (v < min || v > max))
        {
            throw new ArgumentOutOfRangeException(paramName, v, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be between {min} and {max}."));
        }
    }
}
