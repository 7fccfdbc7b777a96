using System.Text.Json.Serialization;

namespace IdentityProviders.Benchmarks.Baseline;

// The Cloudflare floor: the V4 envelope and one flat config class holding every variant's fields (the wire shape
// without the 14-way union), strings for enums, no extension data.
public sealed class CloudflareListResponse
{
    [JsonPropertyName("result")] public List<CloudflareProvider>? Result { get; set; }
    [JsonPropertyName("result_info")] public CloudflareResultInfo? ResultInfo { get; set; }
    [JsonPropertyName("success")] public bool Success { get; set; }
    [JsonPropertyName("errors")] public List<CloudflareMessage>? Errors { get; set; }
    [JsonPropertyName("messages")] public List<CloudflareMessage>? Messages { get; set; }
}

public sealed class CloudflareMessage
{
    [JsonPropertyName("code")] public int Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}

public sealed class CloudflareResultInfo
{
    [JsonPropertyName("page")] public long Page { get; set; }
    [JsonPropertyName("per_page")] public long PerPage { get; set; }
    [JsonPropertyName("count")] public long Count { get; set; }
    [JsonPropertyName("total_count")] public long TotalCount { get; set; }
    [JsonPropertyName("total_pages")] public long? TotalPages { get; set; }
}

public sealed class CloudflareProvider
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("config")] public CloudflareConfig? Config { get; set; }
    [JsonPropertyName("scim_config")] public CloudflareScimConfig? ScimConfig { get; set; }
}

public sealed class CloudflareConfig
{
    [JsonPropertyName("client_id")] public string? ClientId { get; set; }
    [JsonPropertyName("client_secret")] public string? ClientSecret { get; set; }
    [JsonPropertyName("claims")] public List<string>? Claims { get; set; }
    [JsonPropertyName("email_claim_name")] public string? EmailClaimName { get; set; }
    [JsonPropertyName("conditional_access_enabled")] public bool? ConditionalAccessEnabled { get; set; }
    [JsonPropertyName("directory_id")] public string? DirectoryId { get; set; }
    [JsonPropertyName("prompt")] public string? Prompt { get; set; }
    [JsonPropertyName("support_groups")] public bool? SupportGroups { get; set; }
    [JsonPropertyName("centrify_account")] public string? CentrifyAccount { get; set; }
    [JsonPropertyName("centrify_app_id")] public string? CentrifyAppId { get; set; }
    [JsonPropertyName("apps_domain")] public string? AppsDomain { get; set; }
    [JsonPropertyName("auth_url")] public string? AuthUrl { get; set; }
    [JsonPropertyName("certs_url")] public string? CertsUrl { get; set; }
    [JsonPropertyName("pkce_enabled")] public bool? PkceEnabled { get; set; }
    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
    [JsonPropertyName("token_url")] public string? TokenUrl { get; set; }
    [JsonPropertyName("authorization_server_id")] public string? AuthorizationServerId { get; set; }
    [JsonPropertyName("okta_account")] public string? OktaAccount { get; set; }
    [JsonPropertyName("onelogin_account")] public string? OneLoginAccount { get; set; }
    [JsonPropertyName("ping_env_id")] public string? PingEnvId { get; set; }
    [JsonPropertyName("attributes")] public List<string>? Attributes { get; set; }
    [JsonPropertyName("email_attribute_name")] public string? EmailAttributeName { get; set; }
    [JsonPropertyName("header_attributes")] public List<CloudflareHeaderAttribute>? HeaderAttributes { get; set; }
    [JsonPropertyName("idp_public_certs")] public List<string>? IdpPublicCerts { get; set; }
    [JsonPropertyName("issuer_url")] public string? IssuerUrl { get; set; }
    [JsonPropertyName("sign_request")] public bool? SignRequest { get; set; }
    [JsonPropertyName("sso_target_url")] public string? SsoTargetUrl { get; set; }
}

public sealed class CloudflareHeaderAttribute
{
    [JsonPropertyName("attribute_name")] public string? AttributeName { get; set; }
    [JsonPropertyName("header_name")] public string? HeaderName { get; set; }
}

public sealed class CloudflareScimConfig
{
    [JsonPropertyName("enabled")] public bool? Enabled { get; set; }
    [JsonPropertyName("group_member_deprovision")] public bool? GroupMemberDeprovision { get; set; }
    [JsonPropertyName("identity_update_behavior")] public string? IdentityUpdateBehavior { get; set; }
    [JsonPropertyName("scim_base_url")] public string? ScimBaseUrl { get; set; }
    [JsonPropertyName("seat_deprovision")] public bool? SeatDeprovision { get; set; }
    [JsonPropertyName("secret")] public string? Secret { get; set; }
    [JsonPropertyName("user_deprovision")] public bool? UserDeprovision { get; set; }
}

[JsonSerializable(typeof(CloudflareListResponse))]
public sealed partial class CloudflareBaselineContext : JsonSerializerContext;
