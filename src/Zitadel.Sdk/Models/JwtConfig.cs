using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>The configuration of a generic JWT provider (<c>config.jwt</c>, and <c>jwtConfig</c> of legacy IdPs).</summary>
public sealed partial record JwtConfig
{
    /// <summary>the endpoint where the JWT can be extracted</summary>
    [JsonPropertyName("jwtEndpoint")]
    public string? JwtEndpoint { get; init; }

    /// <summary>the issuer of the JWT (for validation)</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>the endpoint to the key (JWK) which is used to sign the JWT with</summary>
    [JsonPropertyName("keysEndpoint")]
    public string? KeysEndpoint { get; init; }

    /// <summary>the name of the header where the JWT is sent in, default is authorization</summary>
    [JsonPropertyName("headerName")]
    public string? HeaderName { get; init; }
}
