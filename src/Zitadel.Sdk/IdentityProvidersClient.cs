using System.Text.Json.Serialization.Metadata;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Zitadel.Sdk.Api;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk;

/// <summary>
/// The identity providers of one Zitadel level: an organization (management API, <c>/management/v1</c>, with
/// <c>x-zitadel-orgid</c> when an organization id is set) or the instance (admin API, <c>/admin/v1</c>). Reached as
/// <c>client.Organization</c>, <c>client.Instance</c> or <c>client.ForOrganization(id)</c>; the two levels have the
/// same operations and shapes. Every method validates its arguments before sending anything. Reads need
/// <c>org.idp.read</c> (organization) or <c>iam.idp.read</c> (instance); changes need <c>org.idp.write</c> or
/// <c>iam.idp.write</c>.
/// </summary>
public partial class IdentityProvidersClient
{
    /// <summary>The page size of listings when none is given: 100.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page size Zitadel accepts by default (<c>query.limit</c>): 1000.</summary>
    public const int MaxPageSize = 1000;

    private const int MaxIdLength = 200;
    private readonly IZitadelIdpApi _api = null!;
    private readonly VendorApiRunner _runner = null!;
    private readonly PaginationOptions _pagination = PaginationOptions.Default;
    private readonly string _service = "management";

    internal IdentityProvidersClient(IZitadelIdpApi api, VendorApiRunner runner, PaginationOptions pagination, ZitadelLevel level, string? organizationId)
    {
        _api = api;
        _runner = runner;
        _pagination = pagination;
        Level = level;
        _service = level == ZitadelLevel.Instance ? "admin" : "management";
        OrganizationId = level == ZitadelLevel.Instance ? null : organizationId;
    }

    /// <summary>For mocking.</summary>
    protected IdentityProvidersClient()
    {
    }

    /// <summary>The level this client talks to.</summary>
    public virtual ZitadelLevel Level { get; }

    /// <summary>
    /// The organization sent as <c>x-zitadel-orgid</c> (organization level only); <see langword="null"/> sends no header,
    /// so Zitadel uses the organization of the authenticated user.
    /// </summary>
    public virtual string? OrganizationId { get; }

    private bool IsInstance => Level == ZitadelLevel.Instance;

    /// <summary>
    /// Returns a client for another organization (sent as <c>x-zitadel-orgid</c> on every call it makes), sharing this
    /// client's connection pool, credentials and settings: the per-call way to address an organization.
    /// </summary>
    /// <param name="organizationId">The organization id.</param>
    /// <returns>The organization-level client.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="organizationId"/> is empty, longer than 200 characters, or not printable ASCII (it travels as a header).
    /// </exception>
    public virtual IdentityProvidersClient WithOrganization(string organizationId)
    {
        ValidateId(organizationId, nameof(organizationId));
        ArgumentGuard.HeaderValue(organizationId, nameof(organizationId));
        return new IdentityProvidersClient(_api, _runner, _pagination, ZitadelLevel.Organization, organizationId);
    }

    /// <summary>
    /// Lists identity providers with the templates API (<c>POST /idps/templates/_search</c>), fetching pages lazily by
    /// offset. Unlike the deprecated <see cref="ListIdpsAsync"/>, it includes providers created from templates. At
    /// organization level the list holds the organization's providers and the instance's (see <see cref="Provider.Owner"/>).
    /// The search is a read: it is retried like a GET.
    /// </summary>
    /// <param name="options">Filters, page size and order; never modified.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>
    /// The providers. The listing stops at <c>details.totalResult</c>, on a short or empty page; a server that repeats a
    /// page ends it with <see cref="IdentityProviderPaginationException"/>.
    /// </returns>
    /// <exception cref="ArgumentException">An option is outside the documented limits.</exception>
    public virtual AsyncPageable<Provider> ListProvidersAsync(ListProvidersOptions? options = null, CancellationToken cancellationToken = default)
    {
        var template = options ?? new ListProvidersOptions();
        ArgumentGuard.Range(template.PageSize, "options.PageSize", 1, MaxPageSize);
        ValidateQueries(template.Queries, "options.Queries");
        var defaultSize = template.PageSize ?? DefaultPageSize;
        return new OffsetPager<Provider>(
            new PagerContext(IdentityProviderVendor.Zitadel, Operation("ListProviders"), _pagination) { Telemetry = _runner.Telemetry },
            async (offset, pageSize, ct) =>
            {
                ArgumentGuard.Range(pageSize, "pageSizeHint", 1, MaxPageSize);
                var request = new ListProvidersRequest
                {
                    Query = new ListQuery { Offset = (ulong)offset, Limit = pageSize ?? defaultSize, Asc = template.Ascending },
                    Queries = template.Queries,
                };
                var response = await SendListProvidersAsync(request, ct).ConfigureAwait(false);
                return new PageResult<Provider>(response.Value.Result ?? [], response.RequestId) { TotalCount = Total(response.Value.Details) };
            },
            static p => p.Id ?? string.Empty,
            defaultPageSize: defaultSize,
            stopOnShortPage: true,
            cancellationToken: cancellationToken);
    }

    /// <summary>Fetches one page of the templates list as the server returns it (with <c>details</c>).</summary>
    /// <param name="request">Offset, limit, order and filters; <see langword="null"/> for the first page with the server's defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException">The request is outside the documented limits.</exception>
    public virtual async Task<ListProvidersResponse> ListProvidersPageAsync(ListProvidersRequest? request = null, CancellationToken cancellationToken = default)
    {
        request ??= new ListProvidersRequest();
        ArgumentGuard.Range(request.Query?.Limit, "request.Query.Limit", 1, MaxPageSize);
        ValidateQueries(request.Queries, "request.Queries");
        return (await SendListProvidersAsync(request, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>Gets an identity provider by id (<c>GET /idps/templates/{id}</c>).</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or longer than 200 characters.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<Provider> GetProviderAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        var response = await SendAsync("GetProviderByID", retrySafe: true, (s, o, ct) => _api.GetProviderByIdAsync(s, o, id, ct), ZitadelJsonContext.Default.GetProviderByIdResponse, cancellationToken).ConfigureAwait(false);
        return response.Idp ?? throw MissingField("GetProviderByID", "idp");
    }

    /// <summary>Deletes an identity provider (<c>DELETE /idps/templates/{id}</c>); users linked to it lose the link.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or longer than 200 characters.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider at this level.</exception>
    public virtual async Task<ObjectDetails> DeleteProviderAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        var response = await SendAsync("DeleteProvider", retrySafe: false, (s, o, ct) => _api.DeleteProviderAsync(s, o, id, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>
    /// Migrates a generic OIDC provider to an Azure AD or a Google provider (<c>POST /idps/generic_oidc/{id}/_migrate</c>),
    /// keeping its id and the users linked to it.
    /// </summary>
    /// <param name="id">The generic OIDC provider's id.</param>
    /// <param name="request">Exactly one of <see cref="MigrateGenericOidcProviderRequest.Azure"/> or <see cref="MigrateGenericOidcProviderRequest.Google"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException">The id is invalid, or not exactly one target is given, or the target is invalid.</exception>
    public virtual async Task<ObjectDetails> MigrateGenericOidcProviderAsync(string id, MigrateGenericOidcProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        if ((request.Azure is null) == (request.Google is null))
        {
            throw new ArgumentException("request must set exactly one of Azure or Google (a protobuf oneof).", nameof(request));
        }

        request.Azure?.Validate("request.Azure");
        request.Google?.Validate("request.Google");
        var response = await SendAsync("MigrateGenericOIDCProvider", retrySafe: false, (s, o, ct) => _api.MigrateGenericOidcProviderAsync(s, o, id, request, ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    /// <summary>Regenerates the signing certificate of a SAML provider (<c>POST /idps/saml/{id}/_generate_certificate</c>).</summary>
    /// <param name="id">The SAML provider's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The change details.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or longer than 200 characters.</exception>
    public virtual async Task<ObjectDetails> RegenerateSamlProviderCertificateAsync(string id, CancellationToken cancellationToken = default)
    {
        ValidateId(id, nameof(id));
        var response = await SendAsync("RegenerateSAMLProviderCertificate", retrySafe: false, (s, o, ct) => _api.RegenerateSamlProviderCertificateAsync(s, o, id, new EmptyBody(), ct), ZitadelJsonContext.Default.DetailsResponse, cancellationToken).ConfigureAwait(false);
        return response.Details ?? new ObjectDetails();
    }

    internal static long? Total(ListDetails? details) =>
        details?.TotalResult is { } total ? (long)Math.Min(total, long.MaxValue) : null;

    internal static void ValidateId(string? id, string paramName)
    {
        ArgumentGuard.PathSegment(id, paramName);
        ArgumentGuard.Length(id, paramName, 1, MaxIdLength);
    }

    private void ValidateQueries(IReadOnlyList<ProviderQuery>? queries, string paramName)
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

    private Task<VendorResponse<ListProvidersResponse>> SendListProvidersAsync(ListProvidersRequest request, CancellationToken cancellationToken) =>
        _runner.SendAsync(
            Operation("ListProviders"),
            retrySafe: true,
            ct => _api.ListProvidersAsync(_service, OrganizationId, request, idempotent: true, ct),
            ZitadelJsonContext.Default.ListProvidersResponse,
            cancellationToken);

    private string Operation(string rpc) => $"{_service}.{rpc}";

    private async Task<T> SendAsync<T>(string rpc, bool retrySafe, Func<string, string?, CancellationToken, Task<HttpResponseMessage>> send, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var response = await _runner.SendAsync(Operation(rpc), retrySafe, ct => send(_service, OrganizationId, ct), typeInfo, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    private IdentityProviderResponseFormatException MissingField(string rpc, string field) =>
        new($"{IdentityProviderVendor.Zitadel} {Operation(rpc)} returned a response without '{field}'.", IdentityProviderVendor.Zitadel, Operation(rpc), 200, null);
}
