namespace Zitadel.Sdk.Models;

public sealed partial record AzureADTenant
{
    /// <summary>A tenant type (<c>tenantType</c>): common, organisations or consumers.</summary>
    /// <param name="tenantType">The tenant type.</param>
    /// <returns>The tenant.</returns>
    public static AzureADTenant FromType(AzureADTenantType tenantType) => new() { TenantType = tenantType };

    /// <summary>A specific tenant (<c>tenantId</c>).</summary>
    /// <param name="tenantId">The tenant id.</param>
    /// <returns>The tenant.</returns>
    public static AzureADTenant FromId(string tenantId) => new() { TenantId = tenantId };
}
