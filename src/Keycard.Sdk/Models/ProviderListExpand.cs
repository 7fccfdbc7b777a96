namespace Keycard.Sdk.Models;

/// <summary>Known values of <see cref="ProviderListOptions.Expand"/>.</summary>
public static class ProviderListExpand
{
    /// <summary>Include <c>pagination.total_count</c>.</summary>
    public const string TotalCount = "total_count";
}
