using IdentityProviders.Sdk.Http;
using Refit;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk.Api;

/// <summary>
/// The Zitadel identity-provider wire of both levels: <c>service</c> is <c>management</c> (organization,
/// <c>/management/v1</c>) or <c>admin</c> (instance, <c>/admin/v1</c>). Requests only; responses are read by
/// <see cref="IdentityProvidersClient"/>. A <see langword="null"/> organization id sends no <c>x-zitadel-orgid</c>.
/// </summary>
internal interface IZitadelIdpApi
{
    public const string OrgIdHeader = "x-zitadel-orgid";

    [Post("/{service}/v1/idps/templates/_search")]
    Task<HttpResponseMessage> ListProvidersAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] ListProvidersRequest body, [Property(RequestProperties.Idempotent)] bool idempotent, CancellationToken cancellationToken);

    [Get("/{service}/v1/idps/templates/{id}")]
    Task<HttpResponseMessage> GetProviderByIdAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, CancellationToken cancellationToken);

    [Delete("/{service}/v1/idps/templates/{id}")]
    Task<HttpResponseMessage> DeleteProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/ldap")]
    Task<HttpResponseMessage> AddLdapProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddLdapProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/ldap/{id}")]
    Task<HttpResponseMessage> UpdateLdapProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateLdapProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/google")]
    Task<HttpResponseMessage> AddGoogleProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddGoogleProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/google/{id}")]
    Task<HttpResponseMessage> UpdateGoogleProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGoogleProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/oauth")]
    Task<HttpResponseMessage> AddGenericOAuthProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddGenericOAuthProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/oauth/{id}")]
    Task<HttpResponseMessage> UpdateGenericOAuthProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGenericOAuthProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/generic_oidc")]
    Task<HttpResponseMessage> AddGenericOidcProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddGenericOidcProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/generic_oidc/{id}")]
    Task<HttpResponseMessage> UpdateGenericOidcProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGenericOidcProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/generic_jwt")]
    Task<HttpResponseMessage> AddJwtProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddJwtProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/generic_jwt/{id}")]
    Task<HttpResponseMessage> UpdateJwtProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateJwtProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/github")]
    Task<HttpResponseMessage> AddGitHubProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddGitHubProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/github/{id}")]
    Task<HttpResponseMessage> UpdateGitHubProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGitHubProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/github_es")]
    Task<HttpResponseMessage> AddGitHubEnterpriseServerProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddGitHubEnterpriseServerProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/github_es/{id}")]
    Task<HttpResponseMessage> UpdateGitHubEnterpriseServerProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGitHubEnterpriseServerProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/gitlab")]
    Task<HttpResponseMessage> AddGitLabProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddGitLabProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/gitlab/{id}")]
    Task<HttpResponseMessage> UpdateGitLabProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGitLabProviderRequest body, CancellationToken cancellationToken);

    // The admin API maps this update to POST (management uses PUT).

    [Post("/{service}/v1/idps/gitlab/{id}")]
    Task<HttpResponseMessage> UpdateGitLabProviderWithPostAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGitLabProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/gitlab_self_hosted")]
    Task<HttpResponseMessage> AddGitLabSelfHostedProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddGitLabSelfHostedProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/gitlab_self_hosted/{id}")]
    Task<HttpResponseMessage> UpdateGitLabSelfHostedProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGitLabSelfHostedProviderRequest body, CancellationToken cancellationToken);

    // The admin API maps this update to POST (management uses PUT).

    [Post("/{service}/v1/idps/gitlab_self_hosted/{id}")]
    Task<HttpResponseMessage> UpdateGitLabSelfHostedProviderWithPostAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateGitLabSelfHostedProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/azure")]
    Task<HttpResponseMessage> AddAzureADProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddAzureADProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/azure/{id}")]
    Task<HttpResponseMessage> UpdateAzureADProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateAzureADProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/apple")]
    Task<HttpResponseMessage> AddAppleProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddAppleProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/apple/{id}")]
    Task<HttpResponseMessage> UpdateAppleProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateAppleProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/saml")]
    Task<HttpResponseMessage> AddSamlProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddSamlProviderRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/saml/{id}")]
    Task<HttpResponseMessage> UpdateSamlProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateSamlProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/generic_oidc/{id}/_migrate")]
    Task<HttpResponseMessage> MigrateGenericOidcProviderAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] MigrateGenericOidcProviderRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/saml/{id}/_generate_certificate")]
    Task<HttpResponseMessage> RegenerateSamlProviderCertificateAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] EmptyBody body, CancellationToken cancellationToken);

    // Deprecated legacy API.

    [Post("/{service}/v1/idps/_search")]
    Task<HttpResponseMessage> ListIdpsAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] ListIdpsRequest body, [Property(RequestProperties.Idempotent)] bool idempotent, CancellationToken cancellationToken);

    [Get("/{service}/v1/idps/{id}")]
    Task<HttpResponseMessage> GetIdpByIdAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/oidc")]
    Task<HttpResponseMessage> AddOidcIdpAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddOidcIdpRequest body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/jwt")]
    Task<HttpResponseMessage> AddJwtIdpAsync(string service, [Header(OrgIdHeader)] string? organizationId, [Body] AddJwtIdpRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/{id}")]
    Task<HttpResponseMessage> UpdateIdpAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, [Body] UpdateIdpRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/{idpId}/oidc_config")]
    Task<HttpResponseMessage> UpdateIdpOidcConfigAsync(string service, [Header(OrgIdHeader)] string? organizationId, string idpId, [Body] UpdateIdpOidcConfigRequest body, CancellationToken cancellationToken);

    [Put("/{service}/v1/idps/{idpId}/jwt_config")]
    Task<HttpResponseMessage> UpdateIdpJwtConfigAsync(string service, [Header(OrgIdHeader)] string? organizationId, string idpId, [Body] UpdateIdpJwtConfigRequest body, CancellationToken cancellationToken);

    // Management declares a {} body for these; admin declares none.

    [Post("/{service}/v1/idps/{idpId}/_deactivate")]
    Task<HttpResponseMessage> DeactivateIdpWithBodyAsync(string service, [Header(OrgIdHeader)] string? organizationId, string idpId, [Body] EmptyBody body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/{idpId}/_deactivate")]
    Task<HttpResponseMessage> DeactivateIdpAsync(string service, [Header(OrgIdHeader)] string? organizationId, string idpId, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/{idpId}/_reactivate")]
    Task<HttpResponseMessage> ReactivateIdpWithBodyAsync(string service, [Header(OrgIdHeader)] string? organizationId, string idpId, [Body] EmptyBody body, CancellationToken cancellationToken);

    [Post("/{service}/v1/idps/{idpId}/_reactivate")]
    Task<HttpResponseMessage> ReactivateIdpAsync(string service, [Header(OrgIdHeader)] string? organizationId, string idpId, CancellationToken cancellationToken);

    [Delete("/{service}/v1/idps/{id}")]
    Task<HttpResponseMessage> RemoveIdpAsync(string service, [Header(OrgIdHeader)] string? organizationId, string id, CancellationToken cancellationToken);
}
