using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Waldur;

/// <summary>
/// The IdentityProvider serializer of the spec: field kinds and limits, defaults, the read-only endpoint URLs, and
/// validation with Django REST framework's messages (trimmed strings, numbers accepted as strings, unknown and
/// read-only fields ignored).
/// </summary>
internal static class WaldurProviderJson
{
    private static readonly Field[] Fields =
    [
        new("provider", Kind.String, Required: true, Max: 32),
        new("is_active", Kind.Boolean),
        new("client_id", Kind.String, Required: true, Max: 200),
        new("client_secret", Kind.String, Required: true, Max: 200),
        new("verify_ssl", Kind.Boolean),
        new("enable_post_logout_redirect", Kind.Boolean),
        new("enable_pkce", Kind.Boolean),
        new("discovery_url", Kind.String, Required: true, Max: 200),
        new("label", Kind.String, Required: true, Max: 200),
        new("management_url", Kind.String, Max: 200, AllowBlank: true),
        new("protected_fields", Kind.StringList, Nullable: true),
        new("extra_scope", Kind.String, Max: 200, AllowBlank: true, Nullable: true),
        new("user_field", Kind.String, Max: 100),
        new("user_claim", Kind.String, Max: 100),
        new("attribute_mapping", Kind.Mapping, Nullable: true),
        new("extra_fields", Kind.String, Max: 200, AllowBlank: true, Nullable: true),
        new("allowed_redirects", Kind.Origins, Nullable: true),
    ];

    /// <summary>Every field of a response, in the spec's order, with the model's defaults.</summary>
    public static JsonObject Defaults(string provider, string discoveryUrl) => new()
    {
        ["provider"] = provider,
        ["is_active"] = true,
        ["client_id"] = string.Empty,
        ["client_secret"] = string.Empty,
        ["verify_ssl"] = true,
        ["enable_post_logout_redirect"] = false,
        ["enable_pkce"] = false,
        ["discovery_url"] = discoveryUrl,
        ["userinfo_url"] = string.Empty,
        ["token_url"] = string.Empty,
        ["auth_url"] = string.Empty,
        ["logout_url"] = string.Empty,
        ["label"] = string.Empty,
        ["management_url"] = string.Empty,
        ["protected_fields"] = new JsonArray(),
        ["extra_scope"] = null,
        ["user_field"] = "username",
        ["user_claim"] = "sub",
        ["attribute_mapping"] = new JsonObject(),
        ["extra_fields"] = null,
        ["allowed_redirects"] = new JsonArray(),
    };

    /// <summary>
    /// Fills the read-only endpoint URLs. Waldur reads them from the discovery document; the emulator has no network,
    /// so it derives them from the discovery URL's issuer part.
    /// </summary>
    public static void DeriveEndpoints(JsonObject provider)
    {
        var issuer = Issuer(provider["discovery_url"]?.GetValue<string>() ?? string.Empty);
        provider["auth_url"] = issuer + "/protocol/openid-connect/auth";
        provider["token_url"] = issuer + "/protocol/openid-connect/token";
        provider["userinfo_url"] = issuer + "/protocol/openid-connect/userinfo";
        provider["logout_url"] = issuer + "/protocol/openid-connect/logout";
    }

    /// <summary>The discovery URL without <c>/.well-known/openid-configuration</c>.</summary>
    public static string Issuer(string discoveryUrl)
    {
        const string wellKnown = "/.well-known/openid-configuration";
        var url = discoveryUrl.TrimEnd('/');
        return url.EndsWith(wellKnown, StringComparison.OrdinalIgnoreCase) ? url[..^wellKnown.Length] : url;
    }

    /// <summary>
    /// Validates a create (<paramref name="partial"/> false, every required field present), update (PUT, same) or
    /// partial update body. Returns the writable fields given, converted; or the field errors.
    /// </summary>
    public static bool TryRead(JsonElement body, bool partial, out Dictionary<string, JsonNode?> values, out JsonObject errors)
    {
        values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        errors = [];
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["non_field_errors"] = new JsonArray($"Invalid data. Expected a dictionary, but got {TypeName(body)}.");
            return false;
        }

        foreach (var field in Fields)
        {
            if (!body.TryGetProperty(field.Name, out var value))
            {
                if (field.Required && !partial)
                {
                    errors[field.Name] = new JsonArray(WaldurConstants.Required);
                }

                continue;
            }

            if (TryConvert(field, value, out var converted, out var message))
            {
                values[field.Name] = converted;
            }
            else
            {
                errors[field.Name] = new JsonArray(message);
            }
        }

        return errors.Count == 0;
    }

    /// <summary>Validates the body of discover_metadata and generate-mapping.</summary>
    public static bool TryReadDiscovery(JsonElement body, out string discoveryUrl, out bool verifySsl, out JsonObject errors)
    {
        discoveryUrl = string.Empty;
        verifySsl = true;
        errors = [];
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["non_field_errors"] = new JsonArray($"Invalid data. Expected a dictionary, but got {TypeName(body)}.");
            return false;
        }

        if (!body.TryGetProperty("discovery_url", out var url))
        {
            errors["discovery_url"] = new JsonArray(WaldurConstants.Required);
        }
        else if (!TryConvert(new Field("discovery_url", Kind.String, Required: true, Max: int.MaxValue), url, out var converted, out var message))
        {
            errors["discovery_url"] = new JsonArray(message);
        }
        else if (!IsHttpUrl(converted!.GetValue<string>()))
        {
            errors["discovery_url"] = new JsonArray(WaldurConstants.InvalidUrl);
        }
        else
        {
            discoveryUrl = converted.GetValue<string>();
        }

        if (body.TryGetProperty("verify_ssl", out var verify))
        {
            if (TryConvert(new Field("verify_ssl", Kind.Boolean), verify, out var flag, out var message))
            {
                verifySsl = flag!.GetValue<bool>();
            }
            else
            {
                errors["verify_ssl"] = new JsonArray(message);
            }
        }

        return errors.Count == 0;
    }

    private static bool TryConvert(Field field, JsonElement value, out JsonNode? converted, out string message)
    {
        converted = null;
        message = string.Empty;
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (field.Nullable)
            {
                return true;
            }

            message = WaldurConstants.MayNotBeNull;
            return false;
        }

        switch (field.Kind)
        {
            case Kind.Boolean:
                if (ReadBoolean(value) is { } flag)
                {
                    converted = flag;
                    return true;
                }

                message = WaldurConstants.NotABoolean;
                return false;
            case Kind.String:
                // CharField: numbers are accepted as their text; surrounding whitespace is trimmed.
                var text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString()!.Trim(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
                if (text is null)
                {
                    message = WaldurConstants.NotAString;
                    return false;
                }

                if (text.Length == 0 && !field.AllowBlank)
                {
                    message = WaldurConstants.MayNotBeBlank;
                    return false;
                }

                if (text.Length > field.Max)
                {
                    message = string.Create(CultureInfo.InvariantCulture, $"Ensure this field has no more than {field.Max} characters.");
                    return false;
                }

                converted = text;
                return true;
            case Kind.StringList:
                if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    message = "Must be a list of field names.";
                    return false;
                }

                converted = JsonNode.Parse(value.GetRawText());
                return true;
            case Kind.Mapping:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    message = "Must be a JSON object mapping Waldur user fields to OIDC claims.";
                    return false;
                }

                converted = JsonNode.Parse(value.GetRawText());
                return true;
            default:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    message = "Must be a list of URLs.";
                    return false;
                }

                foreach (var item in value.EnumerateArray())
                {
                    var problem = item.ValueKind == JsonValueKind.String ? OriginProblem(item.GetString()!) : "Must be a list of URLs.";
                    if (problem is not null)
                    {
                        message = problem;
                        return false;
                    }
                }

                converted = JsonNode.Parse(value.GetRawText());
                return true;
        }
    }

    private static bool? ReadBoolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
        JsonValueKind.String => value.GetString()!.ToLowerInvariant() switch
        {
            "true" or "t" or "yes" or "y" or "on" or "1" => true,
            "false" or "f" or "no" or "n" or "off" or "0" => false,
            _ => null,
        },
        _ => null,
    };

    private static string? OriginProblem(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"'{url}' is not a valid URL.";
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{url}' must use HTTPS (HTTP is allowed only for localhost).";
        }

        if (uri.AbsolutePath != "/" || url.TrimEnd('/').Length != uri.GetLeftPart(UriPartial.Authority).Length || url.Contains('*', StringComparison.Ordinal))
        {
            return $"'{url}' must be an origin only (scheme, host and port): no paths, query parameters, fragments or wildcards.";
        }

        return null;
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    private static string TypeName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "list",
        JsonValueKind.String => "str",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "int" : "float",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "NoneType",
    };

    private enum Kind
    {
        String,
        Boolean,
        StringList,
        Mapping,
        Origins,
    }

    private sealed record Field(string Name, Kind Kind, bool Required = false, int Max = 0, bool AllowBlank = false, bool Nullable = false);
}
