using System.Text;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Waldur.Sdk.Models;

/// <summary>
/// A partial update (PATCH): only the properties you set are sent. Setting a nullable property to
/// <see langword="null"/> sends JSON <c>null</c> (clears it); leaving it unset leaves it unchanged.
/// </summary>
public sealed record PatchedIdentityProviderRequest
{
    /// <summary>A new provider name (1..32 characters; renames the provider, so later calls use the new name).</summary>
    [JsonPropertyName("provider")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Provider { get; init; }

    /// <summary>Whether users can sign in with the provider.</summary>
    [JsonPropertyName("is_active")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> IsActive { get; init; }

    /// <summary>ID of application used for OAuth authentication (1..200 characters).</summary>
    [JsonPropertyName("client_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> ClientId { get; init; }

    /// <summary>Application secret key (1..200 characters); never printed by <see cref="ToString"/>.</summary>
    [JsonPropertyName("client_secret")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> ClientSecret { get; init; }

    /// <summary>Whether Waldur verifies the provider's TLS certificate.</summary>
    [JsonPropertyName("verify_ssl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> VerifySsl { get; init; }

    /// <summary>Whether users are sent to the provider's logout endpoint after signing out of Waldur.</summary>
    [JsonPropertyName("enable_post_logout_redirect")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> EnablePostLogoutRedirect { get; init; }

    /// <summary>Whether the authorization code flow uses PKCE.</summary>
    [JsonPropertyName("enable_pkce")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> EnablePkce { get; init; }

    /// <summary>The OIDC discovery URL (1..200 characters).</summary>
    [JsonPropertyName("discovery_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> DiscoveryUrl { get; init; }

    /// <summary>Human-readable label (1..200 characters).</summary>
    [JsonPropertyName("label")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Label { get; init; }

    /// <summary>The endpoint for user details management (up to 200 characters).</summary>
    [JsonPropertyName("management_url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> ManagementUrl { get; init; }

    /// <summary>Waldur user fields users cannot edit; <see langword="null"/> sends JSON <c>null</c>.</summary>
    [JsonPropertyName("protected_fields")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<JsonStringList?> ProtectedFields { get; init; }

    /// <summary>Space-separated list of extra scopes (up to 200 characters); <see langword="null"/> clears it.</summary>
    [JsonPropertyName("extra_scope")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> ExtraScope { get; init; }

    /// <summary>The Waldur User field used to look the user up (1..100 characters).</summary>
    [JsonPropertyName("user_field")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> UserField { get; init; }

    /// <summary>The OIDC claim whose value is looked up in <see cref="UserField"/> (1..100 characters).</summary>
    [JsonPropertyName("user_claim")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> UserClaim { get; init; }

    /// <summary>Waldur User fields mapped to OIDC claims; <see langword="null"/> sends JSON <c>null</c>.</summary>
    [JsonPropertyName("attribute_mapping")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<AttributeMapping?> AttributeMapping { get; init; }

    /// <summary>Space-separated list of extra fields to persist (up to 200 characters); <see langword="null"/> clears it.</summary>
    [JsonPropertyName("extra_fields")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> ExtraFields { get; init; }

    /// <summary>Allowed redirect origins; <see langword="null"/> sends JSON <c>null</c>.</summary>
    [JsonPropertyName("allowed_redirects")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<JsonStringList?> AllowedRedirects { get; init; }

    /// <summary>Whether no property is set (the PATCH would change nothing).</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        !(Provider.HasValue || IsActive.HasValue || ClientId.HasValue || ClientSecret.HasValue || VerifySsl.HasValue
          || EnablePostLogoutRedirect.HasValue || EnablePkce.HasValue || DiscoveryUrl.HasValue || Label.HasValue
          || ManagementUrl.HasValue || ProtectedFields.HasValue || ExtraScope.HasValue || UserField.HasValue
          || UserClaim.HasValue || AttributeMapping.HasValue || ExtraFields.HasValue || AllowedRedirects.HasValue);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("PatchedIdentityProviderRequest { ");
        text.Append("Provider = ").Append(Provider)
            .Append(", Label = ").Append(Label)
            .Append(", IsActive = ").Append(IsActive)
            .Append(", ClientId = ").Append(ClientId)
            .Append(", ClientSecret = ").Append(ClientSecret.HasValue ? SecretRedactor.Mask : "<absent>")
            .Append(", DiscoveryUrl = ").Append(DiscoveryUrl)
            .Append(", UserField = ").Append(UserField)
            .Append(", UserClaim = ").Append(UserClaim)
            .Append(", AttributeMapping = ").Append(AttributeMapping)
            .Append(" }");
        return text.ToString();
    }
}
