namespace IdentityProviders.Sdk;

/// <summary>
/// The cross-vendor view of one tenant's identity providers (a Keycard zone, a Cloudflare account or zone, a Zitadel
/// organization or instance, a Waldur deployment).
/// </summary>
/// <remarks>
/// Members added after the first release have default implementations that report the capability as missing, so
/// implementations written against an older version keep compiling; check <see cref="Capabilities"/> before calling them.
/// </remarks>
public interface IIdentityProviderClient
{
    /// <summary>The vendor, e.g. <c>keycard</c> (see <see cref="IdentityProviderVendor"/>).</summary>
    string Vendor { get; }

    /// <summary>What this vendor supports through this interface.</summary>
    IdentityProviderCapabilities Capabilities => IdentityProviderCapabilities.None;

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

    /// <summary>
    /// Builds the vendor request <see cref="CreateOidcAsync"/> would send for <paramref name="definition"/>, without
    /// sending it (for dry runs). Validates exactly as <see cref="CreateOidcAsync"/> does.
    /// </summary>
    /// <param name="definition">The provider to create.</param>
    /// <returns>The request; its body holds the secret, so display <see cref="IdentityProviderRequestPreview.GetRedactedBody"/>.</returns>
    /// <exception cref="ArgumentException">The definition lacks what the vendor needs; the parameter names the field.</exception>
    /// <exception cref="NotSupportedException">The vendor cannot create OIDC providers (<see cref="IdentityProviderCapabilities.CanCreateOidc"/>).</exception>
    IdentityProviderRequestPreview PreviewCreateOidc(OidcProviderDefinition definition) =>
        throw new NotSupportedException($"{Vendor} does not support creating OIDC providers through IIdentityProviderClient.");

    /// <summary>Creates an OpenID Connect provider from a vendor-neutral definition.</summary>
    /// <param name="definition">The provider to create.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created provider, read back from the vendor.</returns>
    /// <exception cref="ArgumentException">The definition lacks what the vendor needs; nothing was sent.</exception>
    /// <exception cref="NotSupportedException">The vendor cannot create OIDC providers.</exception>
    /// <exception cref="IdentityProviderException">The vendor rejected the request or could not be reached.</exception>
    Task<IdentityProviderInfo> CreateOidcAsync(OidcProviderDefinition definition, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{Vendor} does not support creating OIDC providers through IIdentityProviderClient.");

    /// <summary>Deletes an identity provider.</summary>
    /// <param name="id">The identifier (<see cref="IdentityProviderInfo.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the vendor confirmed the deletion.</returns>
    /// <exception cref="NotSupportedException">The vendor cannot delete providers through this interface.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No provider has that identifier.</exception>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"{Vendor} does not support deleting providers through IIdentityProviderClient.");
}
