namespace IdentityProviders.Sdk;

/// <summary>
/// What a vendor supports through <see cref="IIdentityProviderClient"/>, so cross-vendor tools can decide before sending
/// a request (e.g. whether a provider can be copied to it, or whether a missing PKCE flag is a finding).
/// </summary>
public sealed record IdentityProviderCapabilities
{
    /// <summary>Gets a value with every capability off: what a client that predates capabilities reports.</summary>
    public static IdentityProviderCapabilities None { get; } = new();

    /// <summary>Gets a value indicating whether <see cref="IIdentityProviderClient.CreateOidcAsync"/> is supported.</summary>
    public bool CanCreateOidc { get; init; }

    /// <summary>Gets a value indicating whether <see cref="IIdentityProviderClient.DeleteAsync"/> is supported.</summary>
    public bool CanDelete { get; init; }

    /// <summary>Gets a value indicating whether the vendor can enforce PKCE on its OIDC/OAuth providers.</summary>
    public bool SupportsPkce { get; init; }

    /// <summary>Gets a value indicating whether providers carry an enabled/active flag (<see cref="IdentityProviderInfo.Enabled"/>).</summary>
    public bool TracksEnabled { get; init; }

    /// <summary>Gets a value indicating whether the vendor provisions users through SCIM on its providers.</summary>
    public bool SupportsScim { get; init; }

    /// <summary>
    /// Gets the endpoints an OIDC definition must name for <see cref="IIdentityProviderClient.CreateOidcAsync"/> beyond
    /// the issuer and client id (e.g. Cloudflare stores endpoints, not an issuer), as <see cref="OidcProviderDefinition"/>
    /// property names.
    /// </summary>
    public IReadOnlyList<string> RequiredOidcFields { get; init; } = [];
}
