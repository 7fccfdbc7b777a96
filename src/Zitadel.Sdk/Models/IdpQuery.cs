using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>One filter of the deprecated legacy list: exactly one of the queries is set.</summary>
public sealed partial record IdpQuery
{
    /// <summary>Matches one id.</summary>
    [JsonPropertyName("idpIdQuery")]
    public IdpIdQuery? IdpIdQuery { get; init; }

    /// <summary>Matches names.</summary>
    [JsonPropertyName("idpNameQuery")]
    public IdpNameQuery? IdpNameQuery { get; init; }

    /// <summary>Matches the owner (organization level only).</summary>
    [JsonPropertyName("ownerTypeQuery")]
    public IdpOwnerTypeQuery? OwnerTypeQuery { get; init; }
}
