using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>An Azure AD tenant: either <see cref="TenantType"/> or <see cref="TenantId"/> (a protobuf oneof).</summary>
public sealed partial record AzureADTenant
{
    /// <summary>A tenant type (common, organisations, consumers).</summary>
    [JsonPropertyName("tenantType")]
    public AzureADTenantType? TenantType { get; init; }

    /// <summary>A specific tenant id.</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; init; }
}
