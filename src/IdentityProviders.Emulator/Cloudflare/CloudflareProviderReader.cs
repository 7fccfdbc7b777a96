using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>
/// Reads and validates a create or update body against the variant its <c>type</c> names: required
/// <c>name</c>, <c>type</c> and <c>config</c>; only the type's documented config fields, each with the right JSON
/// shape; SCIM rules (<c>seat_deprovision</c> needs <c>user_deprovision</c>, no SCIM on <c>onetimepin</c>).
/// </summary>
internal static class CloudflareProviderReader
{
    public static bool TryRead(JsonElement body, [NotNullWhen(true)] out CloudflareProviderInput? input, [NotNullWhen(false)] out string? error)
    {
        input = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = "the request body must be a JSON object";
            return false;
        }

        if (!body.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            error = "name is required and must be a non-empty string";
            return false;
        }

        if (!body.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            error = "type is required and must be a string";
            return false;
        }

        var type = typeElement.GetString()!;
        var fields = CloudflareConfigSchema.ConfigFields(type);
        if (fields is null)
        {
            error = $"type '{type}' is not a valid identity provider type (one of {string.Join(", ", CloudflareConstants.Types)})";
            return false;
        }

        if (!body.TryGetProperty("config", out var configElement) || configElement.ValueKind != JsonValueKind.Object)
        {
            error = "config is required and must be an object";
            return false;
        }

        var config = new JsonObject();
        foreach (var property in configElement.EnumerateObject())
        {
            if (!fields.TryGetValue(property.Name, out var kind))
            {
                error = $"config.{property.Name} is not a valid field for an identity provider of type '{type}'";
                return false;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (!IsValid(property.Value, kind, out var expected))
            {
                error = $"config.{property.Name} must be {expected}";
                return false;
            }

            config[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        JsonObject? scim = null;
        if (body.TryGetProperty("scim_config", out var scimElement) && scimElement.ValueKind != JsonValueKind.Null)
        {
            if (scimElement.ValueKind != JsonValueKind.Object)
            {
                error = "scim_config must be an object";
                return false;
            }

            scim = new JsonObject();
            foreach (var property in scimElement.EnumerateObject())
            {
                if (CloudflareConfigSchema.ScimReadOnly.Contains(property.Name))
                {
                    continue;
                }

                if (!CloudflareConfigSchema.ScimWritable.TryGetValue(property.Name, out var kind))
                {
                    error = $"scim_config.{property.Name} is not a valid field";
                    return false;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (!IsValid(property.Value, kind, out var expected))
                {
                    error = $"scim_config.{property.Name} must be {expected}";
                    return false;
                }

                scim[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }

            if (IsTrue(scim, "seat_deprovision") && !IsTrue(scim, "user_deprovision"))
            {
                error = "scim_config.seat_deprovision cannot be enabled unless scim_config.user_deprovision is also enabled";
                return false;
            }

            if (type == "onetimepin" && IsTrue(scim, "enabled"))
            {
                error = "SCIM cannot be enabled on a onetimepin identity provider";
                return false;
            }
        }

        input = new CloudflareProviderInput(nameElement.GetString()!, type, config, scim);
        error = null;
        return true;
    }

    public static bool IsTrue(JsonObject? node, string name) =>
        node is not null && node.TryGetPropertyValue(name, out var value) && value?.GetValueKind() == JsonValueKind.True;

    private static bool IsValid(JsonElement value, CloudflareFieldKind kind, out string expected)
    {
        switch (kind)
        {
            case CloudflareFieldKind.String:
                expected = "a string";
                return value.ValueKind == JsonValueKind.String;
            case CloudflareFieldKind.Boolean:
                expected = "a boolean";
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False;
            case CloudflareFieldKind.StringArray:
                expected = "an array of strings";
                return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String);
            case CloudflareFieldKind.HeaderAttributes:
                expected = "an array of {attribute_name, header_name} objects with string values";
                return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(IsHeaderAttribute);
            case CloudflareFieldKind.AzurePrompt:
                expected = "one of " + string.Join(", ", CloudflareConstants.AzurePrompts);
                return value.ValueKind == JsonValueKind.String && CloudflareConstants.AzurePrompts.Contains(value.GetString());
            default:
                expected = "one of " + string.Join(", ", CloudflareConstants.IdentityUpdateBehaviors);
                return value.ValueKind == JsonValueKind.String && CloudflareConstants.IdentityUpdateBehaviors.Contains(value.GetString());
        }
    }

    private static bool IsHeaderAttribute(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object
        && item.EnumerateObject().All(p => p.Name is "attribute_name" or "header_name" && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null);
}
