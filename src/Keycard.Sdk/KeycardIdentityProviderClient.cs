using IdentityProviders.Sdk;
using Keycard.Sdk.Json;
using Keycard.Sdk.Models;

namespace Keycard.Sdk;

/// <summary>One Keycard zone seen through the cross-vendor <see cref="IIdentityProviderClient"/>.</summary>
internal sealed class KeycardIdentityProviderClient(ProvidersClient providers, string zoneId) : IIdentityProviderClient
{
    public string Vendor => IdentityProviderVendor.Keycard;

    public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) =>
        AsyncPageableFactory.Select(providers.ListAsync(zoneId, null, cancellationToken), ToInfo);

    public async Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToInfo(await providers.RetrieveAsync(zoneId, id, cancellationToken).ConfigureAwait(false));

    internal static IdentityProviderInfo ToInfo(Provider provider) =>
        new(IdentityProviderVendor.Keycard, provider.Id, provider.Name, provider, KeycardJsonContext.Default.Provider)
        {
            Protocol = provider.Protocols?.OpenId is not null ? ProtocolFamily.Oidc
                : provider.Protocols?.OAuth2 is not null ? ProtocolFamily.OAuth2
                : ProtocolFamily.Other,
            Type = provider.Type?.Value,
            Issuer = provider.Protocols?.OAuth2?.Issuer,
            ClientId = provider.ClientId,
            CreatedAt = provider.CreatedAt,
            UpdatedAt = provider.UpdatedAt,
        };
}
