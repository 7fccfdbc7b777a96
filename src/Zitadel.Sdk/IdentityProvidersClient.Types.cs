using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

// Add and update operations of every provider type (generated from the spec's operation list, then reviewed).
public partial class IdentityProvidersClient
{
    /// <summary>Adds an LDAP identity provider (<c>POST /idps/ldap</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddLdapProviderAsync(AddLdapProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddLDAPProvider", retrySafe: false, (s, o, ct) => _api.AddLdapProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of an LDAP identity provider (<c>/idps/ldap/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateLdapProviderAsync(string id, UpdateLdapProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateLDAPProvider", retrySafe: false, (s, o, ct) => _api.UpdateLdapProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a Google identity provider (<c>POST /idps/google</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddGoogleProviderAsync(AddGoogleProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddGoogleProvider", retrySafe: false, (s, o, ct) => _api.AddGoogleProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a Google identity provider (<c>/idps/google/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateGoogleProviderAsync(string id, UpdateGoogleProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateGoogleProvider", retrySafe: false, (s, o, ct) => _api.UpdateGoogleProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a generic OAuth 2.0 identity provider (<c>POST /idps/oauth</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddGenericOAuthProviderAsync(AddGenericOAuthProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddGenericOAuthProvider", retrySafe: false, (s, o, ct) => _api.AddGenericOAuthProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a generic OAuth 2.0 identity provider (<c>/idps/oauth/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateGenericOAuthProviderAsync(string id, UpdateGenericOAuthProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateGenericOAuthProvider", retrySafe: false, (s, o, ct) => _api.UpdateGenericOAuthProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a generic OpenID Connect identity provider (<c>POST /idps/generic_oidc</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddGenericOidcProviderAsync(AddGenericOidcProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddGenericOIDCProvider", retrySafe: false, (s, o, ct) => _api.AddGenericOidcProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a generic OpenID Connect identity provider (<c>/idps/generic_oidc/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateGenericOidcProviderAsync(string id, UpdateGenericOidcProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateGenericOIDCProvider", retrySafe: false, (s, o, ct) => _api.UpdateGenericOidcProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a generic JWT identity provider (<c>POST /idps/generic_jwt</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddJwtProviderAsync(AddJwtProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddJWTProvider", retrySafe: false, (s, o, ct) => _api.AddJwtProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a generic JWT identity provider (<c>/idps/generic_jwt/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateJwtProviderAsync(string id, UpdateJwtProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateJWTProvider", retrySafe: false, (s, o, ct) => _api.UpdateJwtProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a GitHub identity provider (<c>POST /idps/github</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddGitHubProviderAsync(AddGitHubProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddGitHubProvider", retrySafe: false, (s, o, ct) => _api.AddGitHubProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a GitHub identity provider (<c>/idps/github/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateGitHubProviderAsync(string id, UpdateGitHubProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateGitHubProvider", retrySafe: false, (s, o, ct) => _api.UpdateGitHubProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a GitHub Enterprise Server identity provider (<c>POST /idps/github_es</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddGitHubEnterpriseServerProviderAsync(AddGitHubEnterpriseServerProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddGitHubEnterpriseServerProvider", retrySafe: false, (s, o, ct) => _api.AddGitHubEnterpriseServerProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a GitHub Enterprise Server identity provider (<c>/idps/github_es/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateGitHubEnterpriseServerProviderAsync(string id, UpdateGitHubEnterpriseServerProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateGitHubEnterpriseServerProvider", retrySafe: false, (s, o, ct) => _api.UpdateGitHubEnterpriseServerProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a GitLab identity provider (<c>POST /idps/gitlab</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddGitLabProviderAsync(AddGitLabProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddGitLabProvider", retrySafe: false, (s, o, ct) => _api.AddGitLabProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a GitLab identity provider (<c>/idps/gitlab/{id}</c>); an empty secret keeps the stored one. The admin API updates it with POST, the management API with PUT; this method picks the right one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateGitLabProviderAsync(string id, UpdateGitLabProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateGitLabProvider", retrySafe: false, (s, o, ct) => (IsInstance ? _api.UpdateGitLabProviderWithPostAsync(s, o, id, request, ct) : _api.UpdateGitLabProviderAsync(s, o, id, request, ct)), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds a self-hosted GitLab identity provider (<c>POST /idps/gitlab_self_hosted</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddGitLabSelfHostedProviderAsync(AddGitLabSelfHostedProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddGitLabSelfHostedProvider", retrySafe: false, (s, o, ct) => _api.AddGitLabSelfHostedProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of a self-hosted GitLab identity provider (<c>/idps/gitlab_self_hosted/{id}</c>); an empty secret keeps the stored one. The admin API updates it with POST, the management API with PUT; this method picks the right one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateGitLabSelfHostedProviderAsync(string id, UpdateGitLabSelfHostedProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateGitLabSelfHostedProvider", retrySafe: false, (s, o, ct) => (IsInstance ? _api.UpdateGitLabSelfHostedProviderWithPostAsync(s, o, id, request, ct) : _api.UpdateGitLabSelfHostedProviderAsync(s, o, id, request, ct)), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds an Azure AD (Microsoft Entra ID) identity provider (<c>POST /idps/azure</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddAzureADProviderAsync(AddAzureADProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddAzureADProvider", retrySafe: false, (s, o, ct) => _api.AddAzureADProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of an Azure AD (Microsoft Entra ID) identity provider (<c>/idps/azure/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateAzureADProviderAsync(string id, UpdateAzureADProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateAzureADProvider", retrySafe: false, (s, o, ct) => _api.UpdateAzureADProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds an Apple identity provider (<c>POST /idps/apple</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddAppleProviderAsync(AddAppleProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddAppleProvider", retrySafe: false, (s, o, ct) => _api.AddAppleProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of an Apple identity provider (<c>/idps/apple/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateAppleProviderAsync(string id, UpdateAppleProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateAppleProvider", retrySafe: false, (s, o, ct) => _api.UpdateAppleProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Adds an SAML 2.0 identity provider (<c>POST /idps/saml</c>). Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level. Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new provider's id and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    public virtual Task<AddProviderResponse> AddSamlProviderAsync(AddSamlProviderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync("AddSAMLProvider", retrySafe: false, (s, o, ct) => _api.AddSamlProviderAsync(s, o, request, ct), ZitadelJsonContext.Default.AddProviderResponse, cancellationToken);
    }

    /// <summary>Replaces the settings of an SAML 2.0 identity provider (<c>/idps/saml/{id}</c>); an empty secret keeps the stored one. Needs <c>org.idp.write</c> at organization level or <c>iam.idp.write</c> at instance level.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The settings; checked against the documented limits before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> UpdateSamlProviderAsync(string id, UpdateSamlProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync("UpdateSAMLProvider", retrySafe: false, (s, o, ct) => _api.UpdateSamlProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }
}
