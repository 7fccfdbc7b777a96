using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

/// <summary>One Zitadel organization or the instance seen through the cross-vendor <see cref="IIdentityProviderClient"/>.</summary>
internal sealed class ZitadelIdentityProviderClient(IdentityProvidersClient providers) : IIdentityProviderClient
{
    private static readonly IdentityProviderCapabilities ZitadelCapabilities = new()
    {
        CanCreateOidc = true,
        CanDelete = true,
        SupportsPkce = true,
        TracksEnabled = true,
        // A generic OIDC provider is configured from its issuer's discovery document, with a secret to redeem codes.
        RequiredOidcFields = [nameof(OidcProviderDefinition.Issuer), nameof(OidcProviderDefinition.ClientSecret)],
    };

    public string Vendor => IdentityProviderVendor.Zitadel;

    public IdentityProviderCapabilities Capabilities => ZitadelCapabilities;

    public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) =>
        AsyncPageableFactory.Select(providers.ListProvidersAsync(null, cancellationToken), ToInfo);

    public async Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToInfo(await providers.GetProviderAsync(id, cancellationToken).ConfigureAwait(false));

    public IdentityProviderRequestPreview PreviewCreateOidc(OidcProviderDefinition definition) =>
        new(
            "POST",
            (providers.Level == ZitadelLevel.Instance ? "admin" : "management") + "/v1/idps/generic_oidc",
            System.Text.Json.JsonSerializer.SerializeToElement(ToCreateRequest(definition), ZitadelJsonContext.Default.AddGenericOidcProviderRequest));

    public async Task<IdentityProviderInfo> CreateOidcAsync(OidcProviderDefinition definition, CancellationToken cancellationToken = default)
    {
        var created = await providers.AddGenericOidcProviderAsync(ToCreateRequest(definition), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new IdentityProviderResponseFormatException(
                "zitadel AddGenericOIDCProvider: the response carries no provider id.", IdentityProviderVendor.Zitadel, "AddGenericOIDCProvider", 200, requestId: null);
        }

        // Zitadel answers an add with the id only; read the provider back so the caller sees what was stored.
        return await GetAsync(created.Id, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await providers.DeleteProviderAsync(id, cancellationToken).ConfigureAwait(false);

    internal static AddGenericOidcProviderRequest ToCreateRequest(OidcProviderDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate(IdentityProviderVendor.Zitadel, ZitadelCapabilities.RequiredOidcFields);
        return new AddGenericOidcProviderRequest
        {
            Name = definition.Name,
            Issuer = definition.Issuer,
            ClientId = definition.ClientId,
            ClientSecret = definition.ClientSecret,
            Scopes = definition.Scopes,
            UsePkce = definition.UsePkce,
            // Users may link existing accounts and be created on first login, but nothing happens without them: the
            // safe defaults a copied provider should start from (review auto-creation per organization).
            ProviderOptions = new ProviderOptions { IsLinkingAllowed = true, IsCreationAllowed = true, IsAutoCreation = false, IsAutoUpdate = false },
        };
    }

    internal static IdentityProviderInfo ToInfo(Provider provider)
    {
        var (authorization, token, userInfo, jwks, scopes, pkce) = provider.Config switch
        {
            GenericOidcProviderConfig c => (null, null, null, null, c.Oidc.Scopes, c.Oidc.UsePkce ?? false),
            GenericOAuthProviderConfig c => (c.OAuth.AuthorizationEndpoint, c.OAuth.TokenEndpoint, c.OAuth.UserEndpoint, null, c.OAuth.Scopes, c.OAuth.UsePkce ?? false),
            JwtProviderConfig c => (c.Jwt.JwtEndpoint, null, null, c.Jwt.KeysEndpoint, null, (bool?)null),
            AzureADProviderConfig c => (null, null, null, null, c.AzureAD.Scopes, (bool?)null),
            _ => ((string?)null, (string?)null, (string?)null, (string?)null, (IReadOnlyList<string>?)null, (bool?)null),
        };
        var issuer = provider.Config switch
        {
            GenericOidcProviderConfig c => c.Oidc.Issuer,
            GitLabSelfHostedProviderConfig c => c.GitLabSelfHosted.Issuer,
            JwtProviderConfig c => c.Jwt.Issuer,
            _ => null,
        };
        IEnumerable<string?> ldapServers = provider.Config is LdapProviderConfig ldap ? ldap.Ldap.Servers ?? [] : [];
        return new(IdentityProviderVendor.Zitadel, provider.Id ?? string.Empty, provider.Name ?? string.Empty, provider, ZitadelJsonContext.Default.Provider)
        {
            AuthorizationEndpoint = authorization,
            TokenEndpoint = token,
            UserInfoEndpoint = userInfo,
            JwksUri = jwks,
            Scopes = scopes,
            PkceEnabled = pkce,
            Endpoints = IdentityProviderInfo.CollectEndpoints([issuer, authorization, token, userInfo, jwks, .. ldapServers]),
            Protocol = Protocol(provider),
            Type = provider.Type?.Value,
            Issuer = issuer,
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
    }

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
