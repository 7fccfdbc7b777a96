using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>A provider as the API returns it. It has no <c>client_secret</c> member, so the secret cannot leak.</summary>
internal sealed class KeycardProviderResponse
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("organization_id")]
    public required string OrganizationId { get; init; }

    [JsonPropertyName("zone_id")]
    public required string ZoneId { get; init; }

    [JsonPropertyName("owner_type")]
    public required string OwnerType { get; init; }

    [JsonPropertyName("slug")]
    public required string Slug { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    // Nullable members the spec marks nullable are written as explicit nulls, so clients see both null and absent.
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Description { get; init; }

    [JsonPropertyName("identifier")]
    public required string Identifier { get; init; }

    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("client_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ClientId { get; init; }

    [JsonPropertyName("client_secret_set")]
    public required bool ClientSecretSet { get; init; }

    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }

    [JsonPropertyName("protocols")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public KeycardProtocols? Protocols { get; init; }

    [JsonPropertyName("created_at")]
    public required string CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public required string UpdatedAt { get; init; }

    public static KeycardProviderResponse From(KeycardProvider provider) => new()
    {
        Id = provider.Id,
        OrganizationId = provider.OrganizationId,
        ZoneId = provider.ZoneId,
        OwnerType = provider.OwnerType,
        Slug = provider.Slug,
        Name = provider.Name,
        Description = provider.Description,
        Identifier = provider.Identifier,
        Type = provider.Type,
        ClientId = provider.ClientId,
        ClientSecretSet = provider.ClientSecret is not null,
        Metadata = provider.Metadata,
        Protocols = provider.Protocols,
        CreatedAt = FormatTimestamp(provider.CreatedAt),
        UpdatedAt = FormatTimestamp(provider.UpdatedAt),
    };

    /// <summary>ISO 8601 in UTC with milliseconds, as Keycard writes it: <c>2019-12-27T18:11:19.117Z</c>.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>The list response: <c>items</c> and <c>page_info</c> (spec) plus <c>pagination</c> (current API).</summary>
internal sealed class KeycardProviderListResponse
{
    [JsonPropertyName("items")]
    public required IReadOnlyList<KeycardProviderResponse> Items { get; init; }

    [JsonPropertyName("page_info")]
    public required KeycardPageInfo PageInfo { get; init; }

    [JsonPropertyName("pagination")]
    public required KeycardPagination Pagination { get; init; }
}

/// <summary><c>page_info</c>: the spec's PageInfo.</summary>
internal sealed class KeycardPageInfo
{
    [JsonPropertyName("has_next_page")]
    public required bool HasNextPage { get; init; }

    [JsonPropertyName("has_previous_page")]
    public required bool HasPreviousPage { get; init; }

    [JsonPropertyName("start_cursor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? StartCursor { get; init; }

    [JsonPropertyName("end_cursor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? EndCursor { get; init; }
}

/// <summary><c>pagination</c>: the current API's cursors; <c>total_count</c> only when expanded.</summary>
internal sealed class KeycardPagination
{
    [JsonPropertyName("after_cursor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? AfterCursor { get; init; }

    [JsonPropertyName("before_cursor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? BeforeCursor { get; init; }

    [JsonPropertyName("total_count")]
    public int? TotalCount { get; init; }
}

/// <summary>Keycard's <c>Error</c> schema; every member is required.</summary>
internal sealed class KeycardError
{
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("status")]
    public required int Status { get; init; }
}

/// <summary>A successful OAuth 2.0 token response (RFC 6749 section 5.1).</summary>
internal sealed class KeycardTokenResponse
{
    [JsonPropertyName("access_token")]
    public required string AccessToken { get; init; }

    [JsonPropertyName("token_type")]
    public required string TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public required int ExpiresIn { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
}

/// <summary>An OAuth 2.0 error response (RFC 6749 section 5.2).</summary>
internal sealed class KeycardOAuthError
{
    [JsonPropertyName("error")]
    public required string Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}
