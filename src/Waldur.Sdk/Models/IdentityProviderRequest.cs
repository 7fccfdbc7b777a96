using System.Globalization;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Waldur.Sdk.Models;

/// <summary>
/// The body of a create (POST) or full update (PUT). <see cref="Provider"/>, <see cref="ClientId"/>,
/// <see cref="ClientSecret"/>, <see cref="DiscoveryUrl"/> and <see cref="Label"/> are required and checked before
/// anything is sent; optional properties left <see langword="null"/> are not sent (the server keeps or defaults them).
/// </summary>
public sealed record IdentityProviderRequest
{
    /// <summary>The provider name (required, 1..32 characters; not <c>.</c> or <c>..</c>).</summary>
    [JsonPropertyName("provider")]
    public required string Provider { get; init; }

    /// <summary>Whether users can sign in with the provider.</summary>
    [JsonPropertyName("is_active")]
    public bool? IsActive { get; init; }

    /// <summary>ID of application used for OAuth authentication (required, 1..200 characters).</summary>
    [JsonPropertyName("client_id")]
    public required string ClientId { get; init; }

    /// <summary>Application secret key (required, 1..200 characters); never printed by <see cref="ToString"/>.</summary>
    [JsonPropertyName("client_secret")]
    public required string ClientSecret { get; init; }

    /// <summary>Whether Waldur verifies the provider's TLS certificate.</summary>
    [JsonPropertyName("verify_ssl")]
    public bool? VerifySsl { get; init; }

    /// <summary>Whether users are sent to the provider's logout endpoint after signing out of Waldur.</summary>
    [JsonPropertyName("enable_post_logout_redirect")]
    public bool? EnablePostLogoutRedirect { get; init; }

    /// <summary>Whether the authorization code flow uses PKCE.</summary>
    [JsonPropertyName("enable_pkce")]
    public bool? EnablePkce { get; init; }

    /// <summary>The OIDC discovery URL (required, 1..200 characters).</summary>
    [JsonPropertyName("discovery_url")]
    public required string DiscoveryUrl { get; init; }

    /// <summary>Human-readable label (required, 1..200 characters).</summary>
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    /// <summary>The endpoint for user details management (up to 200 characters).</summary>
    [JsonPropertyName("management_url")]
    public string? ManagementUrl { get; init; }

    /// <summary>Waldur user fields users cannot edit, e.g. <c>JsonStringList.From(["email"])</c>.</summary>
    [JsonPropertyName("protected_fields")]
    public JsonStringList? ProtectedFields { get; init; }

    /// <summary>Space-separated list of extra scopes to request (up to 200 characters).</summary>
    [JsonPropertyName("extra_scope")]
    public string? ExtraScope { get; init; }

    /// <summary>The Waldur User field used to look the user up (1..100 characters).</summary>
    [JsonPropertyName("user_field")]
    public string? UserField { get; init; }

    /// <summary>The OIDC claim whose value is looked up in <see cref="UserField"/> (1..100 characters).</summary>
    [JsonPropertyName("user_claim")]
    public string? UserClaim { get; init; }

    /// <summary>Waldur User fields mapped to OIDC claims, e.g. <c>AttributeMapping.FromClaims(...)</c>.</summary>
    [JsonPropertyName("attribute_mapping")]
    public AttributeMapping? AttributeMapping { get; init; }

    /// <summary>Space-separated list of extra fields to persist (up to 200 characters).</summary>
    [JsonPropertyName("extra_fields")]
    public string? ExtraFields { get; init; }

    /// <summary>Allowed redirect origins, e.g. <c>JsonStringList.From(["https://portal.example.com"])</c>.</summary>
    [JsonPropertyName("allowed_redirects")]
    public JsonStringList? AllowedRedirects { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"IdentityProviderRequest {{ Provider = {Provider}, Label = {Label}, IsActive = {IsActive}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : SecretRedactor.Mask)}, DiscoveryUrl = {DiscoveryUrl}, UserField = {UserField}, UserClaim = {UserClaim}, AttributeMapping = {AttributeMapping} }}");
}
