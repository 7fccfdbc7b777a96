using System.Text.Json.Serialization;

namespace IdentityProviders.Benchmarks.Baseline;

// The Waldur floor: the bare JSON array of the list, plain lists and a string map instead of the SDK's raw-preserving
// JsonStringList / AttributeMapping, no extension data.
public sealed class WaldurProvider
{
    [JsonPropertyName("provider")] public string Provider { get; set; } = "";
    [JsonPropertyName("is_active")] public bool? IsActive { get; set; }
    [JsonPropertyName("client_id")] public string ClientId { get; set; } = "";
    [JsonPropertyName("client_secret")] public string? ClientSecret { get; set; }
    [JsonPropertyName("verify_ssl")] public bool? VerifySsl { get; set; }
    [JsonPropertyName("enable_post_logout_redirect")] public bool? EnablePostLogoutRedirect { get; set; }
    [JsonPropertyName("enable_pkce")] public bool? EnablePkce { get; set; }
    [JsonPropertyName("discovery_url")] public string DiscoveryUrl { get; set; } = "";
    [JsonPropertyName("userinfo_url")] public string? UserinfoUrl { get; set; }
    [JsonPropertyName("token_url")] public string? TokenUrl { get; set; }
    [JsonPropertyName("auth_url")] public string? AuthUrl { get; set; }
    [JsonPropertyName("logout_url")] public string? LogoutUrl { get; set; }
    [JsonPropertyName("label")] public string Label { get; set; } = "";
    [JsonPropertyName("management_url")] public string? ManagementUrl { get; set; }
    [JsonPropertyName("protected_fields")] public List<string>? ProtectedFields { get; set; }
    [JsonPropertyName("extra_scope")] public string? ExtraScope { get; set; }
    [JsonPropertyName("user_field")] public string? UserField { get; set; }
    [JsonPropertyName("user_claim")] public string? UserClaim { get; set; }
    [JsonPropertyName("attribute_mapping")] public Dictionary<string, string>? AttributeMapping { get; set; }
    [JsonPropertyName("extra_fields")] public string? ExtraFields { get; set; }
    [JsonPropertyName("allowed_redirects")] public List<string>? AllowedRedirects { get; set; }
}

[JsonSerializable(typeof(List<WaldurProvider>))]
public sealed partial class WaldurBaselineContext : JsonSerializerContext;
