using IdentityProviders.Sdk;
using Waldur.Sdk.Json;
using Waldur.Sdk.Models;

namespace Waldur.Sdk;

/// <summary>A Waldur deployment seen through the cross-vendor <see cref="IIdentityProviderClient"/>: every provider is OIDC, keyed by name.</summary>
internal sealed class WaldurIdentityProviderClient(IdentityProvidersClient identityProviders) : IIdentityProviderClient
{
    public string Vendor => IdentityProviderVendor.Waldur;

    public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) =>
        AsyncPageableFactory.Select(identityProviders.ListAsync(null, cancellationToken), ToInfo);

    public async Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToInfo(await identityProviders.RetrieveAsync(id, cancellationToken).ConfigureAwait(false));

    internal static IdentityProviderInfo ToInfo(IdentityProvider provider) =>
        new(IdentityProviderVendor.Waldur, provider.Provider, string.IsNullOrEmpty(provider.Label) ? provider.Provider : provider.Label, provider, WaldurJsonContext.Default.IdentityProvider)
        {
            Protocol = ProtocolFamily.Oidc,
            Type = "oidc",
            Issuer = string.IsNullOrEmpty(provider.DiscoveryUrl) ? null : provider.DiscoveryUrl,
            ClientId = provider.ClientId,
            Enabled = provider.IsActive,
        };
}
