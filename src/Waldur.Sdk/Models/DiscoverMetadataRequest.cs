using System.Text.Json.Serialization;

namespace Waldur.Sdk.Models;

/// <summary>
/// The body of <c>discover_metadata</c> and <c>generate-mapping</c> (the spec's <c>DiscoverMetadataRequestRequest</c>,
/// a name doubled by the schema generator).
/// </summary>
public sealed record DiscoverMetadataRequest
{
    /// <summary>The OIDC discovery URL, e.g. <c>https://idp.example.com/.well-known/openid-configuration</c> (required, absolute URL).</summary>
    [JsonPropertyName("discovery_url")]
    public required string DiscoveryUrl { get; init; }

    /// <summary>Whether Waldur verifies the provider's TLS certificate; the server's default is <see langword="true"/>.</summary>
    [JsonPropertyName("verify_ssl")]
    public bool? VerifySsl { get; init; }
}
