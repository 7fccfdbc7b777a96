using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>
/// Validates a create (<c>ProviderCreate</c>) or update (<c>ProviderUpdate</c>) body and turns it into a
/// <see cref="KeycardProviderPatch"/>. The body is read as a <see cref="JsonElement"/> so that an absent member
/// (unchanged) and a member set to null (cleared) stay distinguishable.
/// </summary>
internal static partial class KeycardProviderRequestReader
{
    private const int MaxClientCredentialLength = 4096;
    private const int MaxProtocolValueLength = 2048;

    public static bool TryRead(JsonElement body, bool isCreate, out KeycardProviderPatch patch, [NotNullWhen(false)] out string? error)
    {
        var v = new Validation();
        patch = ReadProvider(body, isCreate, v);
        error = v.Error;
        return error is null;
    }

    private static KeycardProviderPatch ReadProvider(JsonElement body, bool isCreate, Validation v)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            v.Fail("request body must be a JSON object");
            return new KeycardProviderPatch();
        }

        var slug = v.NonNullString(body, "slug", "slug", 1, KeycardConstants.MaxSlugLength, isCreate);
        if (slug.IsSet && v.Error is null && !SlugRegex().IsMatch(slug.Value))
        {
            v.Fail($"slug must match the pattern {KeycardConstants.SlugPattern}");
        }

        var type = v.NonNullString(body, "type", "type", 1, int.MaxValue, isCreate);
        if (type.IsSet && v.Error is null && !KeycardConstants.IsProviderType(type.Value))
        {
            v.Fail($"type must be one of: {KeycardConstants.ProviderTypeList}");
        }

        return new KeycardProviderPatch
        {
            Name = v.RequiredString(body, "name", 1, KeycardConstants.MaxNameLength, isCreate),
            Identifier = v.RequiredString(body, "identifier", 1, KeycardConstants.MaxIdentifierLength, isCreate),
            Slug = slug,
            Type = type,
            Description = v.NullableString(body, "description", "description", 0, KeycardConstants.MaxDescriptionLength),
            ClientId = v.NullableString(body, "client_id", "client_id", 1, MaxClientCredentialLength),
            ClientSecret = v.NullableString(body, "client_secret", "client_secret", 1, MaxClientCredentialLength),
            Metadata = v.NullableObject(body, "metadata", "metadata"),
            Protocols = ReadProtocols(body, v),
        };
    }

    private static Patch<KeycardProtocolsPatch?> ReadProtocols(JsonElement body, Validation v)
    {
        if (!v.TryGetObjectMember(body, "protocols", "protocols", out var isSet, out var protocols))
        {
            return isSet ? Patch.Set<KeycardProtocolsPatch?>(null) : default;
        }

        return Patch.Set<KeycardProtocolsPatch?>(new KeycardProtocolsPatch
        {
            OAuth2 = ReadOAuth2(protocols, v),
            OpenId = ReadOpenId(protocols, v),
        });
    }

    private static Patch<KeycardOAuth2Patch?> ReadOAuth2(JsonElement protocols, Validation v)
    {
        const string Path = "protocols.oauth2";
        if (!v.TryGetObjectMember(protocols, "oauth2", Path, out var isSet, out var o))
        {
            return isSet ? Patch.Set<KeycardOAuth2Patch?>(null) : default;
        }

        return Patch.Set<KeycardOAuth2Patch?>(new KeycardOAuth2Patch
        {
            Issuer = v.NullableUri(o, "issuer", Path),
            AuthorizationEndpoint = v.NullableUri(o, "authorization_endpoint", Path),
            TokenEndpoint = v.NullableUri(o, "token_endpoint", Path),
            RegistrationEndpoint = v.NullableUri(o, "registration_endpoint", Path),
            JwksUri = v.NullableUri(o, "jwks_uri", Path),
            CodeChallengeMethodsSupported = v.NullableStringArray(o, "code_challenge_methods_supported", Path),
            ScopesSupported = v.NullableStringArray(o, "scopes_supported", Path),
            AuthorizationParameters = v.NullableStringMap(o, "authorization_parameters", Path),
            AuthorizationResourceEnabled = v.NullableBoolean(o, "authorization_resource_enabled", Path),
            AuthorizationResourceParameter = v.NullableString(o, "authorization_resource_parameter", Path + ".authorization_resource_parameter", 1, MaxProtocolValueLength),
            ScopeParameter = v.NullableString(o, "scope_parameter", Path + ".scope_parameter", 1, MaxProtocolValueLength),
            ScopeSeparator = v.NullableString(o, "scope_separator", Path + ".scope_separator", 1, MaxProtocolValueLength),
            TokenResponseAccessTokenPointer = v.NullableString(o, "token_response_access_token_pointer", Path + ".token_response_access_token_pointer", 1, MaxProtocolValueLength),
        });
    }

    private static Patch<KeycardOpenIdPatch?> ReadOpenId(JsonElement protocols, Validation v)
    {
        const string Path = "protocols.openid";
        if (!v.TryGetObjectMember(protocols, "openid", Path, out var isSet, out var o))
        {
            return isSet ? Patch.Set<KeycardOpenIdPatch?>(null) : default;
        }

        return Patch.Set<KeycardOpenIdPatch?>(new KeycardOpenIdPatch
        {
            UserinfoEndpoint = v.NullableUri(o, "userinfo_endpoint", Path),
            Scopes = v.NullableStringArray(o, "scopes", Path),
            UserIdentifierClaim = v.NullableString(o, "user_identifier_claim", Path + ".user_identifier_claim", 1, MaxProtocolValueLength),
        });
    }

    [GeneratedRegex(KeycardConstants.SlugPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();

    /// <summary>Reads members and keeps the first validation error; later reads after an error are harmless no-ops.</summary>
    private sealed class Validation
    {
        public string? Error { get; private set; }

        public void Fail(string message) => Error ??= message;

        /// <summary>A member that must be a non-null string; required on create.</summary>
        public Patch<string> RequiredString(JsonElement obj, string name, int min, int max, bool isCreate)
        {
            if (!obj.TryGetProperty(name, out var value))
            {
                if (isCreate)
                {
                    Fail($"{name} is required");
                }

                return default;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                Fail(isCreate ? $"{name} is required" : $"{name} must not be null");
                return default;
            }

            return ReadString(value, name, min, max, out var s) ? Patch.Set(s) : default;
        }

        /// <summary>An optional member that cannot be cleared: null is "not given" on create and an error on update.</summary>
        public Patch<string> NonNullString(JsonElement obj, string name, string path, int min, int max, bool isCreate)
        {
            if (!obj.TryGetProperty(name, out var value))
            {
                return default;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                if (!isCreate)
                {
                    Fail($"{path} must not be null");
                }

                return default;
            }

            return ReadString(value, path, min, max, out var s) ? Patch.Set(s) : default;
        }

        public Patch<string?> NullableString(JsonElement obj, string name, string path, int min, int max)
        {
            if (!obj.TryGetProperty(name, out var value))
            {
                return default;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                return Patch.Set<string?>(null);
            }

            return ReadString(value, path, min, max, out var s) ? Patch.Set<string?>(s) : default;
        }

        public Patch<string?> NullableUri(JsonElement obj, string name, string parentPath)
        {
            var path = parentPath + "." + name;
            var patch = NullableString(obj, name, path, 1, MaxProtocolValueLength);
            if (patch.Value is { } s
                && (!Uri.TryCreate(s, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            {
                Fail($"{path} must be an absolute http(s) URI");
                return default;
            }

            return patch;
        }

        public Patch<IReadOnlyList<string>?> NullableStringArray(JsonElement obj, string name, string parentPath)
        {
            var path = parentPath + "." + name;
            if (!obj.TryGetProperty(name, out var value))
            {
                return default;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                return Patch.Set<IReadOnlyList<string>?>(null);
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Fail($"{path} must be an array of strings");
                return default;
            }

            var items = new List<string>(value.GetArrayLength());
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    Fail($"{path} must be an array of strings");
                    return default;
                }

                items.Add(item.GetString()!);
            }

            return Patch.Set<IReadOnlyList<string>?>(items.AsReadOnly());
        }

        public Patch<IReadOnlyDictionary<string, string>?> NullableStringMap(JsonElement obj, string name, string parentPath)
        {
            var path = parentPath + "." + name;
            if (!obj.TryGetProperty(name, out var value))
            {
                return default;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                return Patch.Set<IReadOnlyDictionary<string, string>?>(null);
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Fail($"{path} must be an object with string values");
                return default;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in value.EnumerateObject())
            {
                if (member.Value.ValueKind != JsonValueKind.String)
                {
                    Fail($"{path} must be an object with string values");
                    return default;
                }

                map[member.Name] = member.Value.GetString()!;
            }

            return Patch.Set<IReadOnlyDictionary<string, string>?>(map.AsReadOnly());
        }

        public Patch<bool?> NullableBoolean(JsonElement obj, string name, string parentPath)
        {
            if (!obj.TryGetProperty(name, out var value))
            {
                return default;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    return Patch.Set<bool?>(null);
                case JsonValueKind.True:
                case JsonValueKind.False:
                    return Patch.Set<bool?>(value.GetBoolean());
                default:
                    Fail($"{parentPath}.{name} must be a boolean");
                    return default;
            }
        }

        public Patch<JsonElement?> NullableObject(JsonElement obj, string name, string path)
        {
            if (!obj.TryGetProperty(name, out var value))
            {
                return default;
            }

            if (value.ValueKind == JsonValueKind.Null)
            {
                return Patch.Set<JsonElement?>(null);
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Fail($"{path} must be an object");
                return default;
            }

            // Clone: the request's JsonDocument is disposed after the request.
            return Patch.Set<JsonElement?>(value.Clone());
        }

        /// <summary>Reads a nullable object member; returns true with the object when it is present and not null.</summary>
        public bool TryGetObjectMember(JsonElement obj, string name, string path, out bool isSet, out JsonElement member)
        {
            isSet = obj.TryGetProperty(name, out member);
            if (!isSet || member.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            if (member.ValueKind != JsonValueKind.Object)
            {
                Fail($"{path} must be an object");
                isSet = false;
                return false;
            }

            return true;
        }

        private bool ReadString(JsonElement value, string path, int min, int max, out string result)
        {
            result = string.Empty;
            if (value.ValueKind != JsonValueKind.String)
            {
                Fail($"{path} must be a string");
                return false;
            }

            result = value.GetString()!;
            if (result.Length < min || result.Length > max)
            {
                Fail(max == int.MaxValue
                    ? $"{path} must be at least {min} characters"
                    : min == 0 ? $"{path} must be at most {max} characters" : $"{path} must be between {min} and {max} characters");
                return false;
            }

            return true;
        }
    }
}
