using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>
/// Reads a request body the way the gateway (protojson) and protoc-gen-validate do: JSON names or proto names,
/// <c>null</c> as unset, unknown fields rejected, scalar kinds and length limits checked; returns the fields by JSON name.
/// </summary>
internal static partial class ZitadelRequestReader
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request, FieldRule[] rules, string message)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            throw ZitadelRpcException.Invalid("invalid character in request body: the body must be JSON");
        }

        using (document)
        {
            return Read(document.RootElement, rules, message);
        }
    }

    public static JsonObject Read(JsonElement root, FieldRule[] rules, string message)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ZitadelRpcException.Invalid($"proto: syntax error: {message} must be a JSON object");
        }

        var result = new JsonObject();
        foreach (var property in root.EnumerateObject())
        {
            var name = ToJsonName(property.Name);
            var rule = Array.Find(rules, r => r.Name == name)
                ?? throw ZitadelRpcException.Invalid($"proto: ({message}) unknown field \"{property.Name}\"");
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            result[name] = ReadValue(property.Value, rule, message);
        }

        foreach (var rule in rules)
        {
            if (rule.Min > 0 && (rule.Kind is FieldKind.String or FieldKind.Bytes) && !result.ContainsKey(rule.Name))
            {
                throw LengthError(message, rule, rule.Kind == FieldKind.Bytes ? "bytes" : "runes");
            }
        }

        return result;
    }

    private static JsonNode? ReadValue(JsonElement value, FieldRule rule, string message)
    {
        var field = $"{message}.{Pascal(rule.Name)}";
        switch (rule.Kind)
        {
            case FieldKind.String:
                var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw TypeError(field, "string", value);
                var runes = text.EnumerateRunes().Count();
                if ((rule.Min > 0 && runes < rule.Min) || (rule.Max > 0 && runes > rule.Max))
                {
                    throw LengthError(message, rule, "runes");
                }

                return JsonValue.Create(text);
            case FieldKind.Bool:
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? JsonValue.Create(value.GetBoolean()) : throw TypeError(field, "bool", value);
            case FieldKind.StringArray:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw TypeError(field, "array of strings", value);
                }

                var array = new JsonArray();
                foreach (var item in value.EnumerateArray())
                {
                    array.Add((JsonNode?)(item.ValueKind == JsonValueKind.String ? JsonValue.Create(item.GetString()) : throw TypeError(field, "array of strings", item)));
                }

                return array;
            case FieldKind.Bytes:
                var encoded = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw TypeError(field, "base64 string", value);
                byte[] bytes;
                try
                {
                    bytes = Convert.FromBase64String(encoded.Replace('-', '+').Replace('_', '/').PadRight((encoded.Length + 3) / 4 * 4, '='));
                }
                catch (FormatException)
                {
                    throw ZitadelRpcException.Invalid($"proto: ({field}) invalid value for bytes field: illegal base64 data");
                }

                if ((rule.Min > 0 && bytes.Length < rule.Min) || (rule.Max > 0 && bytes.Length > rule.Max))
                {
                    throw LengthError(message, rule, "bytes");
                }

                return JsonValue.Create(Convert.ToBase64String(bytes));
            case FieldKind.Duration:
                var duration = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw TypeError(field, "duration string", value);
                return DurationPattern().IsMatch(duration)
                    ? JsonValue.Create(duration)
                    : throw ZitadelRpcException.Invalid($"proto: ({field}) invalid google.protobuf.Duration value \"{duration}\"");
            case FieldKind.UInt64:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number))
                {
                    return JsonValue.Create(number.ToString(CultureInfo.InvariantCulture));
                }

                if (value.ValueKind == JsonValueKind.String && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    return JsonValue.Create(parsed.ToString(CultureInfo.InvariantCulture));
                }

                throw TypeError(field, "uint64", value);
            case FieldKind.Integer:
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var integer) && integer >= 0 && integer <= uint.MaxValue
                    ? JsonValue.Create(integer)
                    : throw TypeError(field, "uint32", value);
            case FieldKind.Enum:
                var name = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw TypeError(field, "enum name", value);
                return rule.EnumValues is { } values && Array.IndexOf(values, name) < 0
                    ? throw ZitadelRpcException.Invalid($"proto: ({field}) invalid value for enum field: \"{name}\"")
                    : JsonValue.Create(name);
            case FieldKind.Object:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw TypeError(field, "object", value);
                }

                var nested = NestedRules(rule.Name);
                return nested is null ? JsonNode.Parse(value.GetRawText()) : Read(value, nested.Value.Rules, nested.Value.Message);
            default:
                throw new InvalidOperationException($"unknown field kind {rule.Kind}");
        }
    }

    private static (FieldRule[] Rules, string Message)? NestedRules(string field) => field switch
    {
        "providerOptions" or "options" => (ZitadelProviderKinds.Options, "Options"),
        "attributes" => (ZitadelProviderKinds.LdapAttributes, "LDAPAttributes"),
        "tenant" => (ZitadelProviderKinds.AzureTenant, "AzureADTenant"),
        "query" => (ZitadelProviderKinds.ListQuery, "ListQuery"),
        "idpIdQuery" => (ZitadelProviderKinds.IdIdQuery, "IDPIDQuery"),
        "idpNameQuery" => (ZitadelProviderKinds.NameQuery, "IDPNameQuery"),
        "ownerTypeQuery" => (ZitadelProviderKinds.OwnerTypeQuery, "IDPOwnerTypeQuery"),
        "azure" => (ZitadelProviderKind.BySlug("azure")!.AddFields, "AddAzureADProviderRequest"),
        "google" => (ZitadelProviderKind.BySlug("google")!.AddFields, "AddGoogleProviderRequest"),
        _ => null,
    };

    /// <summary>protojson accepts the proto field name too: <c>client_id</c> is <c>clientId</c>.</summary>
    public static string ToJsonName(string name)
    {
        if (!name.Contains('_', StringComparison.Ordinal))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var upper = false;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static ZitadelRpcException TypeError(string field, string expected, JsonElement value) =>
        ZitadelRpcException.Invalid($"proto: ({field}) invalid value: expected {expected}, got {value.ValueKind.ToString().ToLowerInvariant()}");

    private static ZitadelRpcException LengthError(string message, FieldRule rule, string unit) =>
        ZitadelRpcException.Invalid(
            rule.Max > 0
                ? string.Create(CultureInfo.InvariantCulture, $"invalid {message}.{Pascal(rule.Name)}: value length must be between {rule.Min} and {rule.Max} {unit}, inclusive")
                : string.Create(CultureInfo.InvariantCulture, $"invalid {message}.{Pascal(rule.Name)}: value length must be at least {rule.Min} {unit}"));

    [GeneratedRegex(@"^-?\d{1,12}(\.\d{1,9})?s$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
