namespace IdentityProviders.Sdk;

/// <summary>
/// The cross-vendor view of one tenant's identity providers (a Keycard zone, a Cloudflare account or zone, a Zitadel
/// organization or instance, a Waldur deployment).
/// </summary>
public interface IIdentityProviderClient
{
    /// <summary>The vendor, e.g. <c>keycard</c> (see <see cref="IdentityProviderVendor"/>).</summary>
    string Vendor { get; }

    /// <summary>Lists every identity provider, fetching pages lazily as the enumeration advances.</summary>
    /// <param name="cancellationToken">Cancels the enumeration, between and during page requests.</param>
    /// <returns>The providers, normalized.</returns>
    AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets one identity provider by the vendor's identifier.</summary>
    /// <param name="id">The identifier (<see cref="IdentityProviderInfo.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or exceeds the vendor's limit.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No provider has that identifier.</exception>
    Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default);
}
