using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>
/// The base of every variant's configuration (<c>config</c>). Each variant has its own sealed type holding exactly the
/// documented fields of that provider type; fields a newer server adds are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public abstract record IdentityProviderConfig
{
    /// <summary>Fields a newer server sent that this SDK version does not model; kept so nothing is lost, and written back.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties => (IReadOnlyDictionary<string, JsonElement>?)ExtensionData ?? ReadOnlyDictionary<string, JsonElement>.Empty;

    // Filled by the serializer only when unknown fields arrive, so the common case allocates nothing. (The source
    // generator cannot fill init or get-only extension data on types with required members; an internal setter works.)
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Prints nothing of the extension data (its values may hold secrets).</summary>
    /// <param name="builder">The destination.</param>
    /// <returns><see langword="false"/>: no members were printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder) => false;
}
