using System.Text.Json;
using System.Text.Json.Serialization;

namespace IdentityProviders.Benchmarks.Baseline;

// The Keycard floor: the same wire shape read by plain source-generated System.Text.Json, with no extensible enums,
// no required-member checks, no extension data, no pagination, no pipeline.
public sealed class KeycardListResponse
{
    [JsonPropertyName("items")] public List<KeycardProvider> Items { get; set; } = [];
    [JsonPropertyName("page_info")] public KeycardPageInfo PageInfo { get; set; } = new();
}

public sealed class KeycardPageInfo
{
    [JsonPropertyName("has_next_page")] public bool HasNextPage { get; set; }
    [JsonPropertyName("has_previous_page")] public bool HasPreviousPage { get; set; }
    [JsonPropertyName("start_cursor")] public string? StartCursor { get; set; }
    [JsonPropertyName("end_cursor")] public string? EndCursor { get; set; }
}

public sealed class KeycardProvider
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("organization_id")] public string OrganizationId { get; set; } = "";
    [JsonPropertyName("zone_id")] public string ZoneId { get; set; } = "";
    [JsonPropertyName("owner_type")] public string? OwnerType { get; set; }
    [JsonPropertyName("slug")] public string Slug { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("identifier")] public string Identifier { get; set; } = "";
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("client_id")] public string? ClientId { get; set; }
    [JsonPropertyName("client_secret_set")] public bool? ClientSecretSet { get; set; }
    [JsonPropertyName("metadata")] public JsonElement? Metadata { get; set; }
    [JsonPropertyName("protocols")] public KeycardProtocols? Protocols { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class KeycardProtocols
{
    [JsonPropertyName("oauth2")] public KeycardOAuth2? OAuth2 { get; set; }
    [JsonPropertyName("openid")] public KeycardOpenId? OpenId { get; set; }
}

public sealed class KeycardOAuth2
{
    [JsonPropertyName("issuer")] public string? Issuer { get; set; }
    [JsonPropertyName("authorization_endpoint")] public string? AuthorizationEndpoint { get; set; }
    [JsonPropertyName("token_endpoint")] public string? TokenEndpoint { get; set; }
    [JsonPropertyName("jwks_uri")] public string? JwksUri { get; set; }
    [JsonPropertyName("scopes_supported")] public List<string>? ScopesSupported { get; set; }
    [JsonPropertyName("code_challenge_methods_supported")] public List<string>? CodeChallengeMethodsSupported { get; set; }
}

public sealed class KeycardOpenId
{
    [JsonPropertyName("userinfo_endpoint")] public string? UserinfoEndpoint { get; set; }
}

[JsonSerializable(typeof(KeycardListResponse))]
public sealed partial class KeycardBaselineContext : JsonSerializerContext;
