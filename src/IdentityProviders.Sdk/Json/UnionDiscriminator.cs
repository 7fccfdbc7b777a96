using System.Text.Json;

namespace IdentityProviders.Sdk.Json;

/// <summary>
/// Reads a union's discriminator from a copy of a <see cref="Utf8JsonReader"/> without consuming the caller's reader,
/// whatever the property order.
/// </summary>
public static class UnionDiscriminator
{
    /// <summary>Finds a string property of the object the reader is positioned on (its start token).</summary>
    /// <param name="reader">A copy of the reader positioned on <see cref="JsonTokenType.StartObject"/>.</param>
    /// <param name="propertyName">The discriminator property, e.g. <c>type</c>.</param>
    /// <returns>The string value, or <see langword="null"/> when absent or not a string.</returns>
    public static string? FindStringProperty(Utf8JsonReader reader, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(propertyName);
            if (!reader.Read())
            {
                return null;
            }

            if (match)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            // TrySkip, not Skip: while JsonSerializer streams, converters get a reader whose block is not final
            // (the value is buffered whole), and Skip throws on any such reader.
            if (!reader.TrySkip())
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds which of <paramref name="candidates"/> is present as a property (with a non-null value) of the object the
    /// reader is positioned on, or of its nested object <paramref name="containerProperty"/> when given.
    /// </summary>
    /// <param name="reader">A copy of the reader positioned on <see cref="JsonTokenType.StartObject"/>.</param>
    /// <param name="candidates">The keys that select a variant.</param>
    /// <param name="containerProperty">The nested object that holds the keys, or <see langword="null"/> for the object itself.</param>
    /// <param name="ignored">Properties that are never variant keys (e.g. shared options).</param>
    /// <returns>The first candidate present, the first unrecognized non-ignored key when none is, or <see langword="null"/>.</returns>
    public static string? FindPresentKey(Utf8JsonReader reader, IReadOnlySet<string> candidates, string? containerProperty = null, IReadOnlySet<string>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        if (containerProperty is not null)
        {
            var found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(containerProperty);
                if (!reader.Read())
                {
                    return null;
                }

                if (match && reader.TokenType == JsonTokenType.StartObject)
                {
                    found = true;
                    break;
                }

                if (!reader.TrySkip())
                {
                    return null;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        string? unknown = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Ignored keys (e.g. "options", present in every object) are compared in place rather than materialized.
            var isIgnored = ignored is not null && MatchesAny(ref reader, ignored);
            var name = isIgnored ? null : reader.GetString()!;
            if (!reader.Read())
            {
                return null;
            }

            var isNull = reader.TokenType == JsonTokenType.Null;
            if (!isNull && name is not null && candidates.Contains(name))
            {
                // The first candidate present decides: its value (the variant's whole object) need not be scanned.
                return name;
            }

            if (!reader.TrySkip())
            {
                return null;
            }

            if (!isNull && name is not null)
            {
                unknown ??= name;
            }
        }

        return unknown;
    }

    private static bool MatchesAny(ref Utf8JsonReader reader, IReadOnlySet<string> names)
    {
        if (names is not HashSet<string> set || !(ReferenceEquals(set.Comparer, StringComparer.Ordinal) || ReferenceEquals(set.Comparer, EqualityComparer<string>.Default)))
        {
            return names.Contains(reader.GetString()!);
        }

        // Ordinal, as ValueTextEquals compares; HashSet's struct enumerator allocates nothing per property.
        foreach (var name in set)
        {
            if (reader.ValueTextEquals(name))
            {
                return true;
            }
        }

        return false;
    }
}
