using System.Text.Json.Serialization;

namespace IdentityProviders.Benchmarks.Baseline;

// The Zitadel floor: the templates list as plain classes, one nullable property per config key (the wire shape without
// the 12-way union), strings for enums and 64-bit numbers, no extension data.
public sealed class ZitadelListResponse
{
    [JsonPropertyName("details")] public ZitadelListDetails? Details { get; set; }
    [JsonPropertyName("result")] public List<ZitadelProvider>? Result { get; set; }
}

public sealed class ZitadelListDetails
{
    [JsonPropertyName("totalResult")] public string? TotalResult { get; set; }
    [JsonPropertyName("processedSequence")] public string? ProcessedSequence { get; set; }
    [JsonPropertyName("viewTimestamp")] public DateTimeOffset? ViewTimestamp { get; set; }
}

public sealed class ZitadelObjectDetails
{
    [JsonPropertyName("sequence")] public string? Sequence { get; set; }
    [JsonPropertyName("creationDate")] public DateTimeOffset? CreationDate { get; set; }
    [JsonPropertyName("changeDate")] public DateTimeOffset? ChangeDate { get; set; }
    [JsonPropertyName("resourceOwner")] public string? ResourceOwner { get; set; }
}

public sealed class ZitadelProvider
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("details")] public ZitadelObjectDetails? Details { get; set; }
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("owner")] public string? Owner { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("config")] public ZitadelConfig? Config { get; set; }
}

public sealed class ZitadelConfig
{
    [JsonPropertyName("options")] public ZitadelOptions? Options { get; set; }
    [JsonPropertyName("ldap")] public ZitadelLdap? Ldap { get; set; }
    [JsonPropertyName("google")] public ZitadelClientScopes? Google { get; set; }
    [JsonPropertyName("oauth")] public ZitadelOAuth? OAuth { get; set; }
    [JsonPropertyName("oidc")] public ZitadelOidc? Oidc { get; set; }
    [JsonPropertyName("jwt")] public ZitadelJwt? Jwt { get; set; }
    [JsonPropertyName("github")] public ZitadelClientScopes? GitHub { get; set; }
    [JsonPropertyName("githubEs")] public ZitadelOAuth? GitHubEs { get; set; }
    [JsonPropertyName("gitlab")] public ZitadelClientScopes? GitLab { get; set; }
    [JsonPropertyName("gitlabSelfHosted")] public ZitadelOidc? GitLabSelfHosted { get; set; }
    [JsonPropertyName("azureAd")] public ZitadelAzureAd? AzureAd { get; set; }
    [JsonPropertyName("apple")] public ZitadelApple? Apple { get; set; }
    [JsonPropertyName("saml")] public ZitadelSaml? Saml { get; set; }
}

public sealed class ZitadelOptions
{
    [JsonPropertyName("isLinkingAllowed")] public bool? IsLinkingAllowed { get; set; }
    [JsonPropertyName("isCreationAllowed")] public bool? IsCreationAllowed { get; set; }
    [JsonPropertyName("isAutoCreation")] public bool? IsAutoCreation { get; set; }
    [JsonPropertyName("isAutoUpdate")] public bool? IsAutoUpdate { get; set; }
    [JsonPropertyName("autoLinking")] public string? AutoLinking { get; set; }
}

public sealed class ZitadelClientScopes
{
    [JsonPropertyName("clientId")] public string? ClientId { get; set; }
    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
}

public sealed class ZitadelOAuth
{
    [JsonPropertyName("clientId")] public string? ClientId { get; set; }
    [JsonPropertyName("authorizationEndpoint")] public string? AuthorizationEndpoint { get; set; }
    [JsonPropertyName("tokenEndpoint")] public string? TokenEndpoint { get; set; }
    [JsonPropertyName("userEndpoint")] public string? UserEndpoint { get; set; }
    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
    [JsonPropertyName("idAttribute")] public string? IdAttribute { get; set; }
    [JsonPropertyName("usePkce")] public bool? UsePkce { get; set; }
}

public sealed class ZitadelOidc
{
    [JsonPropertyName("issuer")] public string? Issuer { get; set; }
    [JsonPropertyName("clientId")] public string? ClientId { get; set; }
    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
    [JsonPropertyName("isIdTokenMapping")] public bool? IsIdTokenMapping { get; set; }
    [JsonPropertyName("usePkce")] public bool? UsePkce { get; set; }
}

public sealed class ZitadelJwt
{
    [JsonPropertyName("jwtEndpoint")] public string? JwtEndpoint { get; set; }
    [JsonPropertyName("issuer")] public string? Issuer { get; set; }
    [JsonPropertyName("keysEndpoint")] public string? KeysEndpoint { get; set; }
    [JsonPropertyName("headerName")] public string? HeaderName { get; set; }
}

public sealed class ZitadelAzureAd
{
    [JsonPropertyName("clientId")] public string? ClientId { get; set; }
    [JsonPropertyName("tenant")] public ZitadelAzureTenant? Tenant { get; set; }
    [JsonPropertyName("emailVerified")] public bool? EmailVerified { get; set; }
    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
}

public sealed class ZitadelAzureTenant
{
    [JsonPropertyName("tenantType")] public string? TenantType { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
}

public sealed class ZitadelApple
{
    [JsonPropertyName("clientId")] public string? ClientId { get; set; }
    [JsonPropertyName("teamId")] public string? TeamId { get; set; }
    [JsonPropertyName("keyId")] public string? KeyId { get; set; }
    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
}

public sealed class ZitadelLdap
{
    [JsonPropertyName("servers")] public List<string>? Servers { get; set; }
    [JsonPropertyName("startTls")] public bool? StartTls { get; set; }
    [JsonPropertyName("baseDn")] public string? BaseDn { get; set; }
    [JsonPropertyName("bindDn")] public string? BindDn { get; set; }
    [JsonPropertyName("userBase")] public string? UserBase { get; set; }
    [JsonPropertyName("userObjectClasses")] public List<string>? UserObjectClasses { get; set; }
    [JsonPropertyName("userFilters")] public List<string>? UserFilters { get; set; }
    [JsonPropertyName("timeout")] public string? Timeout { get; set; }
    [JsonPropertyName("attributes")] public Dictionary<string, string>? Attributes { get; set; }
    [JsonPropertyName("rootCa")] public byte[]? RootCa { get; set; }
}

public sealed class ZitadelSaml
{
    [JsonPropertyName("metadataXml")] public byte[]? MetadataXml { get; set; }
    [JsonPropertyName("binding")] public string? Binding { get; set; }
    [JsonPropertyName("withSignedRequest")] public bool? WithSignedRequest { get; set; }
    [JsonPropertyName("nameIdFormat")] public string? NameIdFormat { get; set; }
    [JsonPropertyName("transientMappingAttributeName")] public string? TransientMappingAttributeName { get; set; }
    [JsonPropertyName("federatedLogoutEnabled")] public bool? FederatedLogoutEnabled { get; set; }
    [JsonPropertyName("signatureAlgorithm")] public string? SignatureAlgorithm { get; set; }
}

// The search request the raw loop posts: offset as a JSON string (uint64), as the gateway expects.
public sealed class ZitadelSearchRequest
{
    [JsonPropertyName("query")] public ZitadelSearchQuery Query { get; set; } = new();
}

public sealed class ZitadelSearchQuery
{
    [JsonPropertyName("offset")] public string Offset { get; set; } = "0";
    [JsonPropertyName("limit")] public int Limit { get; set; }
    [JsonPropertyName("asc")] public bool Asc { get; set; }
}

[JsonSerializable(typeof(ZitadelListResponse))]
[JsonSerializable(typeof(ZitadelSearchRequest))]
public sealed partial class ZitadelBaselineContext : JsonSerializerContext;
