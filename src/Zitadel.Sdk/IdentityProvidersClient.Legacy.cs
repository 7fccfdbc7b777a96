using IdentityProviders.Sdk;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

// The deprecated legacy IdP API (idp.v1.IDP: OIDC and JWT only). Kept for existing integrations; it misses providers
// created with the templates API (zitadel #5664, #4432).
public partial class IdentityProvidersClient
{
    private const string LegacyNote = "Deprecated by Zitadel: ";

    /// <summary>Lists legacy identity providers (<c>POST /idps/_search</c>); misses providers created from templates.</summary>
    /// <param name="options">Filters, page size, sorting and order; never modified.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The legacy providers, fetched lazily by offset.</returns>
    /// <exception cref="ArgumentException">An option is outside the documented limits.</exception>
    [Obsolete(LegacyNote + "use ListProvidersAsync (POST /idps/templates/_search), which also returns providers created from templates.")]
    public virtual AsyncPageable<Idp> ListIdpsAsync(ListIdpsOptions? options = null, CancellationToken cancellationToken = default)
    {
        var template = options ?? new ListIdpsOptions();
        ArgumentGuard.Range(template.PageSize, "options.PageSize", 1, MaxPageSize);
        ValidateIdpQueries(template.Queries, "options.Queries");
        var defaultSize = template.PageSize ?? DefaultPageSize;
        return new OffsetPager<Idp>(
            new PagerContext(IdentityProviderVendor.Zitadel, Operation(LegacyRpc("ListOrgIDPs", "ListIDPs")), _pagination) { Telemetry = _runner.Telemetry },
            async (offset, pageSize, ct) =>
            {
                ArgumentGuard.Range(pageSize, "pageSizeHint", 1, MaxPageSize);
                var request = new ListIdpsRequest
                {
                    Query = new ListQuery { Offset = (ulong)offset, Limit = pageSize ?? defaultSize, Asc = template.Ascending },
                    SortingColumn = template.SortingColumn,
                    Queries = template.Queries,
                };
                var response = await _runner.SendAsync(
                    Operation(LegacyRpc("ListOrgIDPs", "ListIDPs")),
                    retrySafe: true,
                    c => _api.ListIdpsAsync(_service, OrganizationId, request, idempotent: true, c),
                    ZitadelJsonContext.Default.ListIdpsResponse,
                    ct).ConfigureAwait(false);
                return new PageResult<Idp>(response.Value.Result ?? [], response.RequestId) { TotalCount = Total(response.Value.Details) };
            },
            static p => p.Id ?? string.Empty,
            defaultPageSize: defaultSize,
            stopOnShortPage: true,
            cancellationToken: cancellationToken);
    }

    /// <summary>Gets a legacy identity provider (<c>GET /idps/{id}</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The legacy provider.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or longer than 200 characters.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    [Obsolete(LegacyNote + "use GetProviderAsync (GET /idps/templates/{id}).")]
    public virtual async Task<Idp> GetIdpAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        var rpc = LegacyRpc("GetOrgIDPByID", "GetIDPByID");
        var response = await SendAsync(rpc, retrySafe: true, (s, o, ct) => _api.GetIdpByIdAsync(s, o, id, ct), ZitadelJsonContext.Default.GetIdpByIdResponse, cancellationToken).ConfigureAwait(false);
        return response.Idp ?? throw MissingField(rpc, "idp");
    }

    /// <summary>Adds a legacy OIDC identity provider (<c>POST /idps/oidc</c>).</summary>
    /// <param name="request">The provider.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new id (<c>idpId</c>) and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    [Obsolete(LegacyNote + "use AddGenericOidcProviderAsync (POST /idps/generic_oidc).")]
    public virtual Task<AddIdpResponse> AddOidcIdpAsync(AddOidcIdpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync(LegacyRpc("AddOrgOIDCIDP", "AddOIDCIDP"), retrySafe: false, (s, o, ct) => _api.AddOidcIdpAsync(s, o, request, ct), ZitadelJsonContext.Default.AddIdpResponse, cancellationToken);
    }

    /// <summary>Adds a legacy JWT identity provider (<c>POST /idps/jwt</c>).</summary>
    /// <param name="request">The provider.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new id (<c>idpId</c>) and the change details.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    [Obsolete(LegacyNote + "use AddJwtProviderAsync (POST /idps/generic_jwt).")]
    public virtual Task<AddIdpResponse> AddJwtIdpAsync(AddJwtIdpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        return SendAsync(LegacyRpc("AddOrgJWTIDP", "AddJWTIDP"), retrySafe: false, (s, o, ct) => _api.AddJwtIdpAsync(s, o, request, ct), ZitadelJsonContext.Default.AddIdpResponse, cancellationToken);
    }

    /// <summary>Updates the name, styling and auto-registration of a legacy identity provider (<c>PUT /idps/{id}</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    [Obsolete(LegacyNote + "use the Update…ProviderAsync method of the provider's type (e.g. UpdateGenericOidcProviderAsync).")]
    public virtual async Task<ObjectDetails> UpdateIdpAsync(string id, UpdateIdpRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync(LegacyRpc("UpdateOrgIDP", "UpdateIDP"), retrySafe: false, (s, o, ct) => _api.UpdateIdpAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Updates the OIDC configuration of a legacy identity provider (<c>PUT /idps/{idpId}/oidc_config</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="request">The configuration; an empty client secret keeps the stored one.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    [Obsolete(LegacyNote + "use UpdateGenericOidcProviderAsync (PUT /idps/generic_oidc/{id}).")]
    public virtual async Task<ObjectDetails> UpdateIdpOidcConfigAsync(string id, UpdateIdpOidcConfigRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync(LegacyRpc("UpdateOrgIDPOIDCConfig", "UpdateIDPOIDCConfig"), retrySafe: false, (s, o, ct) => _api.UpdateIdpOidcConfigAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Updates the JWT configuration of a legacy identity provider (<c>PUT /idps/{idpId}/jwt_config</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="request">The configuration.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id or a field is missing or outside the documented limits.</exception>
    [Obsolete(LegacyNote + "use UpdateJwtProviderAsync (PUT /idps/generic_jwt/{id}).")]
    public virtual async Task<ObjectDetails> UpdateIdpJwtConfigAsync(string id, UpdateIdpJwtConfigRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        request.Validate(nameof(request));
        var response = await SendAsync(LegacyRpc("UpdateOrgIDPJWTConfig", "UpdateIDPJWTConfig"), retrySafe: false, (s, o, ct) => _api.UpdateIdpJwtConfigAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Deactivates a legacy identity provider (<c>POST /idps/{idpId}/_deactivate</c>): it no longer appears on the login page.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or longer than 200 characters.</exception>
    [Obsolete(LegacyNote + "use DeleteProviderAsync, or remove the provider from the login policy (the templates API has no deactivation).")]
    public virtual async Task<ObjectDetails> DeactivateIdpAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        var response = await SendAsync(
            LegacyRpc("DeactivateOrgIDP", "DeactivateIDP"),
            retrySafe: false,
            (s, o, ct) => IsInstance ? _api.DeactivateIdpAsync(s, o, id, ct) : _api.DeactivateIdpWithBodyAsync(s, o, id, new EmptyBody(), ct),
            ZitadelJsonContext.Default.DetailsResponse,
            cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Reactivates a deactivated legacy identity provider (<c>POST /idps/{idpId}/_reactivate</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or longer than 200 characters.</exception>
    [Obsolete(LegacyNote + "use the login policy to offer the provider again (the templates API has no reactivation).")]
    public virtual async Task<ObjectDetails> ReactivateIdpAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        var response = await SendAsync(
            LegacyRpc("ReactivateOrgIDP", "ReactivateIDP"),
            retrySafe: false,
            (s, o, ct) => IsInstance ? _api.ReactivateIdpAsync(s, o, id, ct) : _api.ReactivateIdpWithBodyAsync(s, o, id, new EmptyBody(), ct),
            ZitadelJsonContext.Default.DetailsResponse,
            cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Removes a legacy identity provider (<c>DELETE /idps/{id}</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details (the management API returns none: then empty).</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or longer than 200 characters.</exception>
    [Obsolete(LegacyNote + "use DeleteProviderAsync (DELETE /idps/templates/{id}).")]
    public virtual async Task<ObjectDetails> RemoveIdpAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        var response = await SendAsync(LegacyRpc("RemoveOrgIDP", "RemoveIDP"), retrySafe: false, (s, o, ct) => _api.RemoveIdpAsync(s, o, id, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    private string LegacyRpc(string management, string admin) => IsInstance ? admin : management;

    private void ValidateIdpQueries(IReadOnlyList<IdpQuery>? queries, string paramName)
    {
        if (queries is null)
        {
            return;
        }

        for (var i = 0; i < queries.Count; i++)
        {
            var query = queries[i] ?? throw new ArgumentException($"{paramName}[{i}] is null.", paramName);
            ZitadelValidation.Query(query.IdpIdQuery, query.IdpNameQuery, query.OwnerTypeQuery, $"{paramName}[{i}]", IsInstance);
        }
    }
}
