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
    /// normalization would turn into another resource's path (e.g. <c>providers/..</c> is the zone itself).
    /// </summary>
    /// <param name="value">The value (an id or key sent in the path).</param>
    /// <param name="paramName">The parameter name (as the caller sees it).</param>
    /// <exception cref="ArgumentException">The value is null, empty, whitespace, <c>.</c> or <c>..</c>.</exception>
    public static void PathSegment(string? value, string paramName)
    {
        NotEmpty(value, paramName);
        if (value is "." or "..")
        {
            throw new ArgumentException($"{paramName} '{value}' is not a usable identifier: '.' and '..' path segments would address another URL.", paramName);
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
