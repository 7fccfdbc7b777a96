using System.Text.Json;
using System.Text.RegularExpressions;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Json;

namespace Waldur.Sdk;

/// <summary>
/// Reads Django REST framework error bodies: <c>{"detail": "..."}</c> (optionally with <c>code</c>), field -> messages
/// maps (nested serializers flattened as <c>parent.child</c>), <c>non_field_errors</c>, and a bare list of messages.
/// Messages of secret fields (e.g. <c>client_secret</c>) have quoted text removed, since validators may echo the value.
/// </summary>
internal static partial class WaldurErrorParser
{
    private const int MaxFields = 50;
    private const int MaxDepth = 4;
    private const string NonFieldErrors = "non_field_errors";

    public static VendorErrorBody? Parse(JsonElement body)
    {
        switch (body.ValueKind)
        {
            case JsonValueKind.Array:
                var listed = Messages(body, secret: false);
                return listed.Count == 0 ? null : new VendorErrorBody([], listed);
            case JsonValueKind.Object:
                break;
            default:
                return null;
        }

        var codes = new List<string>();
        var messages = new List<string>();
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "detail" when property.Value.ValueKind == JsonValueKind.String:
                    messages.Add(property.Value.GetString()!.Trim());
                    break;
                case "code" when property.Value.ValueKind == JsonValueKind.String:
                    codes.Add(property.Value.GetString()!);
                    break;
                case NonFieldErrors:
                    messages.AddRange(Messages(property.Value, secret: false));
                    break;
                default:
                    AddField(fields, property.Name, property.Value, depth: 1);
                    break;
            }
        }

        if (codes.Count == 0 && messages.Count == 0 && fields.Count == 0)
        {
            return null;
        }

        return new VendorErrorBody(codes, messages, fields);
    }

    private static void AddField(Dictionary<string, IReadOnlyList<string>> fields, string name, JsonElement value, int depth)
    {
        if (fields.Count >= MaxFields)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Object && depth < MaxDepth)
        {
            foreach (var child in value.EnumerateObject())
            {
                AddField(fields, child.Name == NonFieldErrors ? name : name + "." + child.Name, child.Value, depth + 1);
            }

            return;
        }

        // A list serializer reports one entry per item: [{}, {"field": [...]}] becomes name[1].field.
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Object) && depth < MaxDepth)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                AddField(fields, $"{name}[{index++}]", item, depth + 1);
            }

            return;
        }

        var secret = IsSecretField(name);
        var messages = Messages(value, secret);
        if (messages.Count > 0)
        {
            fields[name] = fields.TryGetValue(name, out var existing) ? [.. existing, .. messages] : messages;
        }
    }

    private static List<string> Messages(JsonElement value, bool secret)
    {
        var messages = new List<string>();
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                messages.Add(Clean(value.GetString()!, secret));
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        messages.Add(Clean(item.GetString()!, secret));
                    }
                }

                break;
        }

        return messages;
    }

    private static bool IsSecretField(string name)
    {
        var last = name.LastIndexOf('.');
        return SecretRedactor.IsSecretName(last < 0 ? name : name[(last + 1)..]);
    }

    // DRF validators echo rejected input in quotes ('"x" is not a valid choice.'); for a secret field that is the secret.
    private static string Clean(string message, bool secret) => secret ? QuotedText().Replace(message.Trim(), SecretRedactor.Mask) : message.Trim();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'|\u201c[^\u201d]*\u201d", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedText();
}
