using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>How a text filter compares (equals, starts with, contains, ends with; optionally ignoring case). Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<TextQueryMethod>))]
public readonly record struct TextQueryMethod : IExtensibleEnum<TextQueryMethod>
{
    /// <summary><c>TEXT_QUERY_METHOD_EQUALS</c>.</summary>
    public static TextQueryMethod Equal { get; } = new("TEXT_QUERY_METHOD_EQUALS");

    /// <summary><c>TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE</c>.</summary>
    public static TextQueryMethod EqualIgnoreCase { get; } = new("TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE");

    /// <summary><c>TEXT_QUERY_METHOD_STARTS_WITH</c>.</summary>
    public static TextQueryMethod StartsWith { get; } = new("TEXT_QUERY_METHOD_STARTS_WITH");

    /// <summary><c>TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE</c>.</summary>
    public static TextQueryMethod StartsWithIgnoreCase { get; } = new("TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE");

    /// <summary><c>TEXT_QUERY_METHOD_CONTAINS</c>.</summary>
    public static TextQueryMethod Contains { get; } = new("TEXT_QUERY_METHOD_CONTAINS");

    /// <summary><c>TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE</c>.</summary>
    public static TextQueryMethod ContainsIgnoreCase { get; } = new("TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE");

    /// <summary><c>TEXT_QUERY_METHOD_ENDS_WITH</c>.</summary>
    public static TextQueryMethod EndsWith { get; } = new("TEXT_QUERY_METHOD_ENDS_WITH");

    /// <summary><c>TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE</c>.</summary>
    public static TextQueryMethod EndsWithIgnoreCase { get; } = new("TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE");

    private static readonly TextQueryMethod[] Known = [Equal, EqualIgnoreCase, StartsWith, StartsWithIgnoreCase, Contains, ContainsIgnoreCase, EndsWith, EndsWithIgnoreCase];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public TextQueryMethod(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static TextQueryMethod Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
