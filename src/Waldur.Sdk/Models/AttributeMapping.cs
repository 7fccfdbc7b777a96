using System.Text.Json;
using System.Text.Json.Serialization;
using Waldur.Sdk.Json;

namespace Waldur.Sdk.Models;

/// <summary>
/// Waldur's <c>attribute_mapping</c>: Waldur User model fields mapped to OIDC claims, e.g.
/// <c>{"first_name": "given_name", "email": "email"}</c>. <see cref="Claims"/> is the typed view (string values only);
/// <see cref="Raw"/> keeps the JSON exactly as sent, for anything else a server puts there.
/// </summary>
[JsonConverter(typeof(AttributeMappingJsonConverter))]
public sealed class AttributeMapping : IEquatable<AttributeMapping>
{
    /// <summary>Wraps JSON as received (or to be sent as is).</summary>
    /// <param name="raw">The JSON value; usually an object.</param>
    public AttributeMapping(JsonElement raw)
    {
        Raw = raw.Clone();
        Claims = ReadClaims(Raw);
    }

    /// <summary>The JSON value exactly as received or to be sent.</summary>
    public JsonElement Raw { get; }

    /// <summary>Waldur field -> OIDC claim, from the string-valued members of <see cref="Raw"/> (other members are only in <see cref="Raw"/>).</summary>
    public IReadOnlyDictionary<string, string> Claims { get; }

    /// <summary>Builds a mapping from Waldur field -> OIDC claim pairs.</summary>
    /// <param name="claims">The pairs, e.g. <c>new Dictionary&lt;string, string&gt; { ["email"] = "email" }</c>.</param>
    /// <returns>The mapping.</returns>
    public static AttributeMapping FromClaims(IEnumerable<KeyValuePair<string, string>> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (field, claim) in claims)
            {
                ArgumentException.ThrowIfNullOrEmpty(field, nameof(claims));
                ArgumentNullException.ThrowIfNull(claim, nameof(claims));
                writer.WriteString(field, claim);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return new AttributeMapping(document.RootElement);
    }

    /// <inheritdoc />
    public bool Equals(AttributeMapping? other) => other is not null && Raw.GetRawText() == other.Raw.GetRawText();

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AttributeMapping);

    /// <inheritdoc />
    public override int GetHashCode() => Raw.GetRawText().GetHashCode(StringComparison.Ordinal);

    /// <summary>The mapping as <c>field=claim</c> pairs (claims are not secrets).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Claims.Count == 0 && Raw.ValueKind != JsonValueKind.Object ? Raw.ValueKind.ToString() : "{" + string.Join(", ", Claims.Select(c => c.Key + "=" + c.Value)) + "}";

    private static Dictionary<string, string> ReadClaims(JsonElement raw)
    {
        var claims = new Dictionary<string, string>(StringComparer.Ordinal);
        if (raw.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in raw.EnumerateObject())
            {
                if (member.Value.ValueKind == JsonValueKind.String)
                {
                    claims[member.Name] = member.Value.GetString()!;
                }
            }
        }

        return claims;
    }
}
