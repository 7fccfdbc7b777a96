using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>Matches identity providers by owner (instance or organization).</summary>
public sealed partial record IdpOwnerTypeQuery
{
    /// <summary>search for custom or global identity providers</summary>
    [JsonPropertyName("ownerType")]
    public IdpOwnerType? OwnerType { get; init; }
}
