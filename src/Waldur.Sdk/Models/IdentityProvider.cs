using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Waldur.Sdk.Models;

/// <summary>
/// A Waldur identity provider: an OIDC provider users sign in with, keyed by its <see cref="Provider"/> name.
/// Waldur returns <see cref="ClientSecret"/> in responses; <see cref="ToString"/> never prints it.
/// </summary>
public sealed record IdentityProvider : IJsonOnDeserialized
{
    /// <summary>The provider name (up to 32 characters); the key in <c>/api/identity-providers/{provider}/</c>.</summary>
    [JsonPropertyName("provider")]
    public required string Provider { get; init; }

    /// <summary>Whether users can sign in with the provider.</summary>
    [JsonPropertyName("is_active")]
    public bool? IsActive { get; init; }

    /// <summary>ID of application used for OAuth authentication (up to 200 characters).</summary>
    [JsonPropertyName("client_id")]
    public required string ClientId { get; init; }

    /// <summary>
    /// Application secret key (up to 200 characters). Waldur returns it (the spec marks it required); it is read as
    /// optional so that a deployment that hides it still parses. Redacted by <see cref="ToString"/>.
    /// </summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }

    /// <summary>Whether Waldur verifies the provider's TLS certificate.</summary>
    [JsonPropertyName("verify_ssl")]
    public bool? VerifySsl { get; init; }

    /// <summary>Whether users are sent to the provider's logout endpoint after signing out of Waldur.</summary>
    [JsonPropertyName("enable_post_logout_redirect")]
    public bool? EnablePostLogoutRedirect { get; init; }

    /// <summary>Whether the authorization code flow uses PKCE.</summary>
    [JsonPropertyName("enable_pkce")]
    public bool? EnablePkce { get; init; }

    /// <summary>The endpoint for endpoint discovery (the OIDC <c>.well-known/openid-configuration</c> URL; up to 200 characters).</summary>
    [JsonPropertyName("discovery_url")]
    public required string DiscoveryUrl { get; init; }

    /// <summary>The endpoint for fetching user info (read-only, from discovery).</summary>
    [JsonPropertyName("userinfo_url")]
    public string? UserinfoUrl { get; init; }

    /// <summary>The endpoint for obtaining auth token (read-only, from discovery).</summary>
    [JsonPropertyName("token_url")]
    public string? TokenUrl { get; init; }

    /// <summary>The endpoint for authorization request flow (read-only, from discovery).</summary>
    [JsonPropertyName("auth_url")]
    public string? AuthUrl { get; init; }

    /// <summary>The endpoint used to redirect after sign-out (read-only, from discovery).</summary>
    [JsonPropertyName("logout_url")]
    public string? LogoutUrl { get; init; }

    /// <summary>Human-readable label of the identity provider (up to 200 characters).</summary>
    [JsonPropertyName("label")]
    public required string Label { get; init; }

    /// <summary>The endpoint for user details management (up to 200 characters).</summary>
    [JsonPropertyName("management_url")]
    public string? ManagementUrl { get; init; }

    /// <summary>Waldur user fields that users cannot edit because the provider owns them (JSON; typed view in <see cref="JsonStringList.Values"/>).</summary>
    [JsonPropertyName("protected_fields")]
    public JsonStringList? ProtectedFields { get; init; }

    /// <summary>Space-separated list of scopes to request during authentication (up to 200 characters).</summary>
    [JsonPropertyName("extra_scope")]
    public string? ExtraScope { get; init; }

    /// <summary>The field in Waldur User model to be used for looking up the user (up to 100 characters).</summary>
    [JsonPropertyName("user_field")]
    public string? UserField { get; init; }

    /// <summary>The OIDC claim from the userinfo endpoint used as the value for the lookup field (up to 100 characters).</summary>
    [JsonPropertyName("user_claim")]
    public string? UserClaim { get; init; }

    /// <summary>Waldur User model fields mapped to OIDC claims, e.g. <c>{"email": "email"}</c> (typed view in <see cref="Models.AttributeMapping.Claims"/>).</summary>
    [JsonPropertyName("attribute_mapping")]
    public AttributeMapping? AttributeMapping { get; init; }

    /// <summary>Space-separated list of extra fields to persist (up to 200 characters).</summary>
    [JsonPropertyName("extra_fields")]
    public string? ExtraFields { get; init; }

    /// <summary>Allowed redirect origins (scheme, host and port only; HTTPS except for localhost). Empty falls back to Waldur's HOMEPORT_URL.</summary>
    [JsonPropertyName("allowed_redirects")]
    public JsonStringList? AllowedRedirects { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("IdentityProvider { ");
        text.Append(CultureInfo.InvariantCulture, $"Provider = {Provider}, Label = {Label}, IsActive = {IsActive}, ClientId = {ClientId}, ");
        text.Append(CultureInfo.InvariantCulture, $"ClientSecret = {(ClientSecret is null ? "null" : SecretRedactor.Mask)}, DiscoveryUrl = {DiscoveryUrl}, ");
        text.Append(CultureInfo.InvariantCulture, $"VerifySsl = {VerifySsl}, EnablePkce = {EnablePkce}, UserField = {UserField}, UserClaim = {UserClaim}, ");
        text.Append(CultureInfo.InvariantCulture, $"ExtraScope = {ExtraScope}, AttributeMapping = {AttributeMapping}, ProtectedFields = {ProtectedFields} }}");
        return text.ToString();
    }

    // "required" only asks for the property to be present: a "provider": null would reach the cross-vendor view as a
    // provider without an id (ArgumentNullException). A key that is null is a malformed response.
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Provider is null)
        {
            throw new JsonException("The identity provider's 'provider' key is null.");
        }
    }
}
