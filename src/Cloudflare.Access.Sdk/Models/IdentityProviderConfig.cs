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
    /// <summary>Fields a newer server sent that this SDK version does not model; kept and sent back on update.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement> AdditionalProperties { get; internal set; } = new Dictionary<string, JsonElement>();

    /// <summary>Prints nothing of the extension data (its values may hold secrets).</summary>
    /// <param name="builder">The destination.</param>
    /// <returns><see langword="false"/>: no members were printed.</returns>
    protected virtual bool PrintMembers(StringBuilder builder) => false;
}
