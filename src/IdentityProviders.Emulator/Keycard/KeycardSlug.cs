using System.Text;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>Derives URL-safe slugs (<c>^[a-z0-9]+(?:-[a-z0-9]+)*$</c>, at most 63 characters) from names.</summary>
internal static class KeycardSlug
{
    public static string FromName(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, KeycardConstants.MaxSlugLength));
        var pendingDash = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        var slug = Truncate(builder.ToString(), KeycardConstants.MaxSlugLength);
        return slug.Length == 0 ? "provider" : slug;
    }

    /// <summary>Returns <paramref name="baseSlug"/>, or the first of <c>-2</c>, <c>-3</c>, ... appended to it that is free.</summary>
    public static string MakeUnique(string baseSlug, Func<string, bool> isTaken)
    {
        if (!isTaken(baseSlug))
        {
            return baseSlug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidate = Truncate(baseSlug, KeycardConstants.MaxSlugLength - suffix.Length) + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Truncate(string slug, int maxLength) =>
        slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
}
