using System.Text.Json;
using System.Text.Json.Serialization;
using Waldur.Sdk.Json;

namespace Waldur.Sdk.Models;

/// <summary>
/// A free-form JSON field that Waldur fills with a list of strings (<c>protected_fields</c>, <c>allowed_redirects</c>).
/// <see cref="Values"/> is the typed view (string items only); <see cref="Raw"/> keeps the JSON exactly as sent.
/// </summary>
[JsonConverter(typeof(JsonStringListJsonConverter))]
public sealed class JsonStringList : IEquatable<JsonStringList>
{
    /// <summary>Wraps JSON as received (or to be sent as is).</summary>
    /// <param name="raw">The JSON value; usually an array of strings.</param>
    public JsonStringList(JsonElement raw)
    {
        Raw = raw.Clone();
        Values = raw.ValueKind == JsonValueKind.Array
            ? [.. Raw.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
    }

    /// <summary>The JSON value exactly as received or to be sent.</summary>
    public JsonElement Raw { get; }

    /// <summary>The string items of <see cref="Raw"/>, in order (other items are only in <see cref="Raw"/>).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Builds a JSON array of strings.</summary>
    /// <param name="values">The strings, e.g. <c>["first_name", "email"]</c>.</param>
    /// <returns>The list.</returns>
    public static JsonStringList From(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                ArgumentNullException.ThrowIfNull(value, nameof(values));
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return new JsonStringList(document.RootElement);
    }

    /// <inheritdoc />
    public bool Equals(JsonStringList? other) => other is not null && Raw.GetRawText() == other.Raw.GetRawText();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JsonStringList);

    /// <inheritdoc />
    public override int GetHashCode() => Raw.GetRawText().GetHashCode(StringComparison.Ordinal);

    /// <summary>The items, comma-separated, in brackets.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Raw.ValueKind == JsonValueKind.Array ? "[" + string.Join(", ", Values) + "]" : Raw.ValueKind.ToString();
}
