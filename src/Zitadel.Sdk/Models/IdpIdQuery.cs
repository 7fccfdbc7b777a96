using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>Matches the identity provider with this id.</summary>
public sealed partial record IdpIdQuery
{
    /// <summary>The identity provider id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
