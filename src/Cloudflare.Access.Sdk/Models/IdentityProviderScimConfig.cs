using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The settings for System for Cross-domain Identity Management (SCIM) provisioning with an identity provider (<c>scim_config</c>).</summary>
public sealed record IdentityProviderScimConfig
{
    /// <summary>Whether SCIM is enabled for the identity provider (not allowed on <c>onetimepin</c>).</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>
    /// Whether to revoke a user's session in Access and force a re-authentication of the user's Gateway session when
    /// they are added to or removed from a group in the identity provider.
    /// </summary>
    [JsonPropertyName("group_member_deprovision")]
    public bool? GroupMemberDeprovision { get; init; }

    /// <summary>How a SCIM event updates a user identity used for policy evaluation.</summary>
    [JsonPropertyName("identity_update_behavior")]
    public ScimIdentityUpdateBehavior? IdentityUpdateBehavior { get; init; }

    /// <summary>The base URL of Cloudflare's SCIM V2.0 API endpoint (set by Cloudflare).</summary>
    [JsonPropertyName("scim_base_url")]
    public string? ScimBaseUrl { get; init; }

    /// <summary>Whether to remove a user's seat in Zero Trust when they are deprovisioned in the identity provider; requires <see cref="UserDeprovision"/>.</summary>
    [JsonPropertyName("seat_deprovision")]
    public bool? SeatDeprovision { get; init; }

    /// <summary>
    /// The read-only SCIM token Cloudflare generates when SCIM is first enabled (redacted on later reads); never
    /// printed by <see cref="ToString"/>.
    /// </summary>
    [JsonPropertyName("secret")]
    public string? Secret { get; init; }

    /// <summary>Whether to revoke a user's session in Access and Gateway when they are deprovisioned in the identity provider.</summary>
    [JsonPropertyName("user_deprovision")]
    public bool? UserDeprovision { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Enabled = ").Append(Enabled)
            .Append(", GroupMemberDeprovision = ").Append(GroupMemberDeprovision)
            .Append(", IdentityUpdateBehavior = ").Append(IdentityUpdateBehavior)
            .Append(", ScimBaseUrl = ").Append(ScimBaseUrl)
            .Append(", SeatDeprovision = ").Append(SeatDeprovision)
            .Append(", Secret = ").Append(Secret is null ? "null" : SecretRedactor.Mask)
            .Append(", UserDeprovision = ").Append(UserDeprovision);
        return true;
    }
}
