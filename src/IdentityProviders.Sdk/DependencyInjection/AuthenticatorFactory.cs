using IdentityProviders.Sdk.Http;

namespace IdentityProviders.Sdk.DependencyInjection;

/// <summary>Creates a vendor's authenticator from its options, and hands over anything it owns (e.g. a token cache).</summary>
/// <typeparam name="TOptions">The vendor options type.</typeparam>
/// <param name="options">The validated options.</param>
/// <param name="owned">What the caller must dispose when done (token provider, its HTTP client), or <see langword="null"/>.</param>
/// <returns>The authenticator.</returns>
public delegate IRequestAuthenticator AuthenticatorFactory<in TOptions>(TOptions options, out IDisposable? owned)
    where TOptions : IdentityProviderClientOptions;
