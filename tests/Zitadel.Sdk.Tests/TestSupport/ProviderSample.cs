using Zitadel.Sdk.Models;

namespace Zitadel.Sdk.Tests.TestSupport;

/// <summary>One provider type: how to add and update it through the SDK, and the exact JSON each sends.</summary>
public sealed record ProviderSample(
    string Slug,
    string Key,
    ProviderType Type,
    Func<IdentityProvidersClient, Task<AddProviderResponse>> Add,
    string AddJson,
    Func<IdentityProvidersClient, string, Task<ObjectDetails>> Update,
    string UpdateJson,
    Func<ProviderConfig, string?> UpdatedValue,
    string ExpectedUpdatedValue)
{
    public override string ToString() => Slug;
}
