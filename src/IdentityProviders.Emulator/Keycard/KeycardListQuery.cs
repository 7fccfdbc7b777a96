using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>The validated query of <c>GET /zones/{zoneId}/providers</c>.</summary>
internal sealed record KeycardListQuery
{
    /// <summary>Return items strictly after this position (<c>after</c>, or the spec's legacy <c>cursor</c>).</summary>
    public long? After { get; init; }

    /// <summary>Return the items immediately before this position (<c>before</c>).</summary>
    public long? Before { get; init; }

    public int Limit { get; init; } = KeycardConstants.DefaultLimit;

    public bool IncludeTotalCount { get; init; }

    public string? Identifier { get; init; }

    public string? Slug { get; init; }

    public string? Type { get; init; }

    public bool Matches(KeycardProvider provider) =>
        (Identifier is null || string.Equals(provider.Identifier, Identifier, StringComparison.Ordinal))
        && (Slug is null || string.Equals(provider.Slug, Slug, StringComparison.Ordinal))
        && (Type is null || string.Equals(provider.Type, Type, StringComparison.Ordinal));

    public static bool TryParse(IQueryCollection query, [NotNullWhen(true)] out KeycardListQuery? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (!TryGetSingle(query, "after", out var after, out error)
            || !TryGetSingle(query, "before", out var before, out error)
            || !TryGetSingle(query, "cursor", out var cursor, out error)
            || !TryGetSingle(query, "limit", out var limitText, out error)
            || !TryGetSingle(query, "identifier", out var identifier, out error)
            || !TryGetSingle(query, "slug", out var slug, out error)
            || !TryGetSingle(query, "type", out var type, out error))
        {
            return false;
        }

        // The spec's `cursor` is the forward cursor the current API calls `after`.
        var afterName = after is null && cursor is not null ? "cursor" : "after";
        if (cursor is not null)
        {
            if (after is not null && after != cursor)
            {
                error = "cursor and after cannot be used together";
                return false;
            }

            after ??= cursor;
        }

        if (after is not null && before is not null)
        {
            error = "after and before cannot be used together";
            return false;
        }

        long? afterPosition = null;
        long? beforePosition = null;
        if (after is not null && !TryParseCursor(after, afterName, out afterPosition, out error))
        {
            return false;
        }

        if (before is not null && !TryParseCursor(before, "before", out beforePosition, out error))
        {
            return false;
        }

        var limit = KeycardConstants.DefaultLimit;
        if (limitText is not null
            && (!int.TryParse(limitText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit)
                || limit < 1 || limit > KeycardConstants.MaxLimit))
        {
            error = $"limit must be between 1 and {KeycardConstants.MaxLimit}";
            return false;
        }

        if (type is not null && !KeycardConstants.IsProviderType(type))
        {
            error = $"type must be one of: {KeycardConstants.ProviderTypeList}";
            return false;
        }

        if (!TryParseExpand(query, out var includeTotalCount, out error))
        {
            return false;
        }

        result = new KeycardListQuery
        {
            After = afterPosition,
            Before = beforePosition,
            Limit = limit,
            IncludeTotalCount = includeTotalCount,
            Identifier = identifier,
            Slug = slug,
            Type = type,
        };
        return true;
    }

    // `expand=total_count`, `expand[]=total_count` (repeatable) and comma-separated lists are all accepted.
    private static bool TryParseExpand(IQueryCollection query, out bool includeTotalCount, [NotNullWhen(false)] out string? error)
    {
        includeTotalCount = false;
        error = null;
        foreach (var value in StringValues.Concat(query["expand"], query["expand[]"]))
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
            {
                if (part != KeycardConstants.ExpandTotalCount)
                {
                    error = $"expand must be one of: {KeycardConstants.ExpandTotalCount}";
                    return false;
                }

                includeTotalCount = true;
            }
        }

        return true;
    }

    private static bool TryParseCursor(string value, string name, out long? position, [NotNullWhen(false)] out string? error)
    {
        position = null;
        error = null;
        if (value.Length is < 1 or > KeycardConstants.MaxCursorLength)
        {
            error = $"{name} must be between 1 and {KeycardConstants.MaxCursorLength} characters";
            return false;
        }

        if (!KeycardCursor.TryDecode(value, out var decoded))
        {
            error = $"{name} is not a valid cursor";
            return false;
        }

        position = decoded;
        return true;
    }

    private static bool TryGetSingle(IQueryCollection query, string name, out string? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        var values = query[name];
        if (values.Count > 1)
        {
            error = $"{name} must be given at most once";
            return false;
        }

        value = values.Count == 1 ? values[0] ?? string.Empty : null;
        return true;
    }
}
