using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>
/// A Cloudflare Access identity provider. The concrete type is one of the 14 variants (e.g.
/// <see cref="OidcIdentityProvider"/>, <see cref="SamlIdentityProvider"/>), chosen by <see cref="Type"/>, or
/// <see cref="UnknownIdentityProvider"/> for a type this SDK version does not know. Pattern-match on the variant to
/// reach its typed <c>Config</c>.
/// </summary>
public abstract record IdentityProvider
{
    /// <summary>Creates the base of a variant.</summary>
    /// <param name="type">The variant's type.</param>
    private protected IdentityProvider(IdentityProviderType type) => Type = type;

    /// <summary>The provider's UUID (at most 36 characters); set by Cloudflare, ignored on create.</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-4)]
    public string? Id { get; init; }

    /// <summary>The name of the identity provider, shown to users on the login page.</summary>
    [JsonPropertyName("name")]
    [JsonPropertyOrder(-3)]
    public required string Name { get; init; }

    /// <summary>The type of identity provider; fixed by the variant.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-2)]
    public IdentityProviderType Type { get; }

    /// <summary>The variant's configuration as its common base type (<see langword="null"/> for an unknown variant).</summary>
    [JsonIgnore]
    public IdentityProviderConfig? Config => ConfigCore;

    /// <summary>The settings for SCIM provisioning with this identity provider.</summary>
    [JsonPropertyName("scim_config")]
    [JsonPropertyOrder(10)]
    public IdentityProviderScimConfig? ScimConfig { get; init; }

    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The variant's configuration.</summary>
    private protected abstract IdentityProviderConfig? ConfigCore { get; }

    /// <summary>Prints the members; secrets are redacted by the configuration types.</summary>
    /// <param name="builder">The destination.</param>
    /// <returns><see langword="true"/>: members were printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("Id = ").Append(Id)
            .Append(", Name = ").Append(Name)
            .Append(", Type = ").Append(Type.Value)
            .Append(", ScimConfig = ").Append(ScimConfig);
        return true;
    }
}
