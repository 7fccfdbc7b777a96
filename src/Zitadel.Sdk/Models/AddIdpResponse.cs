using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The answer to adding a legacy identity provider (deprecated API): its id (<c>idpId</c>) and the change details.</summary>
public sealed record AddIdpResponse
{
    /// <summary>Sequence, dates and resource owner of the change.</summary>
    [JsonPropertyName("details")]
    public ObjectDetails? Details { get; init; }

    /// <summary>The id of the new identity provider.</summary>
    [JsonPropertyName("idpId")]
    public string? IdpId { get; init; }
}
