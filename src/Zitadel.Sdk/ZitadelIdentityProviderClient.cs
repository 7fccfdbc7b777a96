using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

/// <summary>One Zitadel organization or the instance seen through the cross-vendor <see cref="IIdentityProviderClient"/>.</summary>
internal sealed class ZitadelIdentityProviderClient(IdentityProvidersClient providers) : IIdentityProviderClient
{
    public string Vendor => IdentityProviderVendor.Zitadel;

    public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) =>
        AsyncPageableFactory.Select(providers.ListProvidersAsync(null, cancellationToken), ToInfo);

    public async Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToInfo(await providers.GetProviderAsync(id, cancellationToken).ConfigureAwait(false));

    internal static IdentityProviderInfo ToInfo(Provider provider) =>
        new(IdentityProviderVendor.Zitadel, provider.Id ?? string.Empty, provider.Name ?? string.Empty, provider, ZitadelJsonContext.Default.Provider)
        {
            Protocol = Protocol(provider),
            Type = provider.Type?.Value,
            Issuer = provider.Config switch
            {
                GenericOidcProviderConfig c => c.Oidc.Issuer,
                GitLabSelfHostedProviderConfig c => c.GitLabSelfHosted.Issuer,
                JwtProviderConfig c => c.Jwt.Issuer,
                _ => null,
            },
            ClientId = provider.Config switch
            {
                GenericOidcProviderConfig c => c.Oidc.ClientId,
                GenericOAuthProviderConfig c => c.OAuth.ClientId,
                GoogleProviderConfig c => c.Google.ClientId,
                GitHubProviderConfig c => c.GitHub.ClientId,
                GitHubEnterpriseServerProviderConfig c => c.GitHubEs.ClientId,
                GitLabProviderConfig c => c.GitLab.ClientId,
                GitLabSelfHostedProviderConfig c => c.GitLabSelfHosted.ClientId,
                AzureADProviderConfig c => c.AzureAD.ClientId,
                AppleProviderConfig c => c.Apple.ClientId,
                _ => null,
            },
            Enabled = provider.State == IdpState.Active ? true : provider.State == IdpState.Inactive ? false : null,
            State = provider.State?.Value,
            CreatedAt = provider.Details?.CreationDate,
            UpdatedAt = provider.Details?.ChangeDate,
        };

    // The config variant decides; a config this SDK does not know falls back to the type enum.
    internal static ProtocolFamily Protocol(Provider provider) => provider.Config switch
    {
        GenericOidcProviderConfig or AzureADProviderConfig => ProtocolFamily.Oidc,
        GenericOAuthProviderConfig => ProtocolFamily.OAuth2,
        SamlProviderConfig => ProtocolFamily.Saml,
        LdapProviderConfig => ProtocolFamily.Ldap,
        JwtProviderConfig => ProtocolFamily.Jwt,
        GitHubProviderConfig or GitHubEnterpriseServerProviderConfig or GitLabProviderConfig or GitLabSelfHostedProviderConfig
            or GoogleProviderConfig or AppleProviderConfig => ProtocolFamily.Social,
        _ => provider.Type?.Value switch
        {
            "PROVIDER_TYPE_OIDC" or "PROVIDER_TYPE_AZURE_AD" => ProtocolFamily.Oidc,
            "PROVIDER_TYPE_OAUTH" => ProtocolFamily.OAuth2,
            "PROVIDER_TYPE_SAML" => ProtocolFamily.Saml,
            "PROVIDER_TYPE_LDAP" => ProtocolFamily.Ldap,
            "PROVIDER_TYPE_JWT" => ProtocolFamily.Jwt,
            "PROVIDER_TYPE_GITHUB" or "PROVIDER_TYPE_GITHUB_ES" or "PROVIDER_TYPE_GITLAB" or "PROVIDER_TYPE_GITLAB_SELF_HOSTED"
                or "PROVIDER_TYPE_GOOGLE" or "PROVIDER_TYPE_APPLE" => ProtocolFamily.Social,
            _ => ProtocolFamily.Other,
        },
    };
}
