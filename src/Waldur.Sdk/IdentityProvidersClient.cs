using System.Globalization;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using IdentityProviders.Sdk.Json;
using Waldur.Sdk.Api;
using Waldur.Sdk.Json;
using Waldur.Sdk.Models;

namespace Waldur.Sdk;

/// <summary>
/// Waldur identity providers: <c>/api/identity-providers/</c>, keyed by provider name. Reached as
/// <c>client.IdentityProviders</c>. Every method validates its arguments before sending anything; a provider name is
/// always sent as exactly one escaped path segment. Every operation needs a staff user's token.
/// </summary>
public class IdentityProvidersClient
{
    /// <summary>The page size used when none is given: 300, Waldur's cap (<c>max_page_size</c>), so listings take as few round trips as the server allows.</summary>
    public const int DefaultPageSize = MaxPageSize;

    /// <summary>The largest page size Waldur serves (<c>max_page_size</c>).</summary>
    public const int MaxPageSize = 300;

    private const string ListPath = "api/identity-providers/";
    private readonly IWaldurIdentityProvidersApi _api = null!;
    private readonly VendorApiRunner _runner = null!;
    private readonly PaginationOptions _pagination = PaginationOptions.Default;
    private readonly Uri _baseAddress = null!;

    internal IdentityProvidersClient(IWaldurIdentityProvidersApi api, VendorApiRunner runner, PaginationOptions pagination, Uri baseAddress)
    {
        _api = api;
        _runner = runner;
        _pagination = pagination;
        _baseAddress = HttpPipeline.NormalizeBaseAddress(baseAddress);
    }

    /// <summary>For mocking.</summary>
    protected IdentityProvidersClient()
    {
    }

    /// <summary>
    /// Lists identity providers, fetching pages lazily (<c>page</c>/<c>page_size</c>). The listing ends where the server
    /// says: by the <c>x-result-count</c> total, by a <c>Link</c> header without <c>rel="next"</c>, or, when the server
    /// sends neither, by a short or empty page, so it never asks for a page past the end (which Waldur answers with
    /// 404 "Invalid page."). A <c>Link rel="next"</c> is followed only on the base URL's origin: the next page number
    /// is read from it and requested from the base URL.
    /// </summary>
    /// <param name="options">Start page and page size; never modified.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>
    /// The providers. A server that repeats a page ends the enumeration with <see cref="IdentityProviderPaginationException"/>
    /// after the unique items; so does a <c>Link rel="next"</c> to another origin.
    /// </returns>
    /// <exception cref="ArgumentException">An option is outside the documented limits.</exception>
    public virtual AsyncPageable<IdentityProvider> ListAsync(IdentityProviderListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateList(options);
        var template = options ?? new IdentityProviderListOptions();
        var pager = new PageNumberPager<IdentityProvider>(
            new PagerContext(IdentityProviderVendor.Waldur, "identity_providers.list", _pagination) { Telemetry = _runner.Telemetry },
            (position, pageSize, ct) => FetchPageAsync(position, pageSize ?? template.PageSize ?? DefaultPageSize, ct),
            static p => p.Provider,
            defaultPageSize: template.PageSize ?? DefaultPageSize,
            cancellationToken: cancellationToken);
        if (template.Page is not { } start || start == 1)
        {
            return pager;
        }

        var startToken = start.ToString(CultureInfo.InvariantCulture);
        return AsyncPageableFactory.FromPages<IdentityProvider>((token, hint) => pager.AsPages(token ?? startToken, hint));
    }

    /// <summary>Fetches one page as the server returns it, with <c>x-result-count</c> and the <c>Link</c> header's next target.</summary>
    /// <param name="options">Page and page size.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException">An option is outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">The page is past the end ("Invalid page.").</exception>
    public virtual Task<IdentityProviderPage> ListPageAsync(IdentityProviderListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateList(options);
        return SendListAsync(options?.Page ?? 1, options?.PageSize ?? DefaultPageSize, cancellationToken);
    }

    /// <summary>
    /// Counts the identity providers with <c>HEAD</c>, reading the <c>x-result-count</c> header (no body is
    /// transferred). The spec declares the header only on the listing, so a server whose <c>HEAD</c> answer lacks it
    /// is asked once more for a one-item page (<c>page_size=1</c>), whose answer carries it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The number of identity providers.</returns>
    /// <exception cref="IdentityProviderResponseFormatException">The server sent no valid <c>x-result-count</c> on either request.</exception>
    public virtual async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        const string operation = "identity_providers.count";
        var head = await _runner.SendAsync(operation, retrySafe: true, ct => _api.CountAsync(ct), cancellationToken).ConfigureAwait(false);
        if (ReadResultCount(head.Headers) is { } count)
        {
            return count;
        }

        var page = await _runner.SendAsync(operation, retrySafe: true, ct => _api.ListAsync(1, 1, ct), WaldurJsonContext.Default.IReadOnlyListIdentityProvider, cancellationToken).ConfigureAwait(false);
        return ReadResultCount(page.Headers)
            ?? throw new IdentityProviderResponseFormatException(
                string.Create(CultureInfo.InvariantCulture, $"waldur {operation} returned HTTP {page.StatusCode} without a valid x-result-count header, to HEAD and to a one-item listing{(page.RequestId is null ? "" : $" (request id {page.RequestId})")}."),
                IdentityProviderVendor.Waldur,
                operation,
                page.StatusCode,
                page.RequestId);
    }

    /// <summary>Gets one identity provider by name.</summary>
    /// <param name="provider">The provider name (sent as one escaped path segment; <c>.</c> and <c>..</c> are rejected).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The provider, including its client secret (redacted by <see cref="IdentityProvider.ToString"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is empty, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No provider has that name.</exception>
    public virtual async Task<IdentityProvider> RetrieveAsync(string provider, CancellationToken cancellationToken = default)
    {
        ValidateName(provider, nameof(provider));
        var response = await _runner.SendAsync("identity_providers.retrieve", retrySafe: true, ct => _api.RetrieveAsync(provider, ct), WaldurJsonContext.Default.IdentityProvider, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Creates an identity provider (HTTP 201). Not retried after it may have reached the server.</summary>
    /// <param name="request">The provider; the required fields are checked first.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created provider.</returns>
    /// <exception cref="ArgumentException">A field is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderBadRequestException">Waldur rejected a field (see <see cref="ApiErrorDetails.FieldErrors"/>), e.g. the name is taken.</exception>
    public virtual async Task<IdentityProvider> CreateAsync(IdentityProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateRequest(request);
        var response = await _runner.SendAsync("identity_providers.create", retrySafe: false, ct => _api.CreateAsync(request, ct), WaldurJsonContext.Default.IdentityProvider, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Replaces an identity provider's settings (PUT). Optional properties left <see langword="null"/> are not sent. Not retried after it may have reached the server.</summary>
    /// <param name="provider">The current provider name (one escaped path segment).</param>
    /// <param name="request">The settings; the required fields are checked first.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated provider.</returns>
    /// <exception cref="ArgumentException">An argument is missing or outside the documented limits.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No provider has that name.</exception>
    public virtual async Task<IdentityProvider> UpdateAsync(string provider, IdentityProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateName(provider, nameof(provider));
        ValidateRequest(request);
        var response = await _runner.SendAsync("identity_providers.update", retrySafe: false, ct => _api.UpdateAsync(provider, request, ct), WaldurJsonContext.Default.IdentityProvider, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>
    /// Changes some settings (PATCH): only the properties set on <paramref name="request"/> are sent; a nullable one
    /// set to <see langword="null"/> is sent as JSON <c>null</c>. Not retried after it may have reached the server.
    /// </summary>
    /// <param name="provider">The current provider name (one escaped path segment).</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated provider.</returns>
    /// <exception cref="ArgumentException">An argument is outside the documented limits, or a field that cannot be cleared is set to null.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No provider has that name.</exception>
    public virtual async Task<IdentityProvider> PartialUpdateAsync(string provider, PatchedIdentityProviderRequest request, CancellationToken cancellationToken = default)
    {
        ValidateName(provider, nameof(provider));
        ValidatePatch(request);
        var response = await _runner.SendAsync("identity_providers.partial_update", retrySafe: false, ct => _api.PartialUpdateAsync(provider, request, ct), WaldurJsonContext.Default.IdentityProvider, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Deletes an identity provider (HTTP 204). Not retried after it may have reached the server.</summary>
    /// <param name="provider">The provider name (one escaped path segment).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the provider is deleted.</returns>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is empty, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No provider has that name.</exception>
    public virtual async Task DeleteAsync(string provider, CancellationToken cancellationToken = default)
    {
        ValidateName(provider, nameof(provider));
        await _runner.SendAsync("identity_providers.destroy", retrySafe: false, ct => _api.DestroyAsync(provider, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fetches an OIDC provider's discovery metadata through Waldur: supported claims and scopes, endpoints and
    /// suggested mappings to Waldur User fields. Changes nothing, so transient failures are retried.
    /// </summary>
    /// <param name="request">The discovery URL (absolute) and TLS verification.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="ArgumentException">The discovery URL is missing or not an absolute http(s) URL.</exception>
    public virtual async Task<DiscoverMetadataResponse> DiscoverMetadataAsync(DiscoverMetadataRequest request, CancellationToken cancellationToken = default)
    {
        ValidateDiscovery(request);
        var response = await _runner.SendAsync("identity_providers.discover_metadata", retrySafe: true, ct => _api.DiscoverMetadataAsync(request, true, ct), WaldurJsonContext.Default.DiscoverMetadataResponse, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Generates a suggested <c>attribute_mapping</c> (and scopes) from the claims an OIDC provider supports. Changes nothing, so transient failures are retried.</summary>
    /// <param name="request">The discovery URL (absolute) and TLS verification.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The suggestion.</returns>
    /// <exception cref="ArgumentException">The discovery URL is missing or not an absolute http(s) URL.</exception>
    public virtual async Task<GenerateMappingResponse> GenerateMappingAsync(DiscoverMetadataRequest request, CancellationToken cancellationToken = default)
    {
        ValidateDiscovery(request);
        var response = await _runner.SendAsync("identity_providers.generate_mapping", retrySafe: true, ct => _api.GenerateMappingAsync(request, true, ct), WaldurJsonContext.Default.GenerateMappingResponse, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    private async Task<PageResult<IdentityProvider>> FetchPageAsync(PageNumberPager<IdentityProvider>.Position position, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentGuard.Range(pageSize, "pageSizeHint", 1, MaxPageSize);
        var pageNumber = position.PageNumber;
        if (position.NextLink is { } link)
        {
            if (!WaldurLinkHeader.SameOrigin(link, _baseAddress))
            {
                throw new IdentityProviderPaginationException(
                    $"waldur identity_providers.list stopped: the server's Link rel=\"next\" points to {WaldurLinkHeader.Origin(link)}, another origin than the base URL ({WaldurLinkHeader.Origin(_baseAddress)}); it is not followed, so credentials are never sent there. The items before it were returned. If Waldur runs behind a proxy, make it keep the public host name (X-Forwarded-Host) or use the origin the links name as BaseAddress.",
                    IdentityProviderVendor.Waldur,
                    "identity_providers.list",
                    (int)Math.Min(int.MaxValue, position.PageNumber - 1));
            }

            pageNumber = WaldurLinkHeader.PageNumber(link) ?? pageNumber;
        }

        IdentityProviderPage page;
        try
        {
            page = await SendListAsync(checked((int)pageNumber), pageSize, cancellationToken).ConfigureAwait(false);
        }
        catch (IdentityProviderNotFoundException) when (pageNumber > 1)
        {
            // Django REST framework answers 404 "Invalid page." past the end: providers deleted during the listing.
            return new PageResult<IdentityProvider>([]);
        }

        var last = page.HasLinkHeader
            ? page.NextLink is null
            : page.TotalCount is null && page.Items.Count < pageSize;
        return new PageResult<IdentityProvider>(page.Items, page.RequestId)
        {
            TotalCount = page.TotalCount,
            NextLink = page.NextLink,
            // The pager stops when the page number reaches TotalPages: a Link header without "next", or (with no count
            // and no links to go by) a short page. A count alone decides otherwise, so a server that serves fewer
            // items than asked does not end the listing early.
            TotalPages = last ? position.PageNumber : null,
        };
    }

    private async Task<IdentityProviderPage> SendListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var response = await _runner.SendAsync(
            "identity_providers.list",
            retrySafe: true,
            ct => _api.ListAsync(page, pageSize, ct),
            WaldurJsonContext.Default.IReadOnlyListIdentityProvider,
            cancellationToken).ConfigureAwait(false);
        var next = WaldurLinkHeader.FindNext(response.Headers, new Uri(_baseAddress, ListPath), out var hasLinkHeader);
        return new IdentityProviderPage
        {
            Items = response.Value,
            TotalCount = ReadResultCount(response.Headers),
            NextLink = next,
            HasLinkHeader = hasLinkHeader,
            RequestId = response.RequestId,
        };
    }

    private static long? ReadResultCount(System.Net.Http.Headers.HttpResponseHeaders headers)
    {
        if (headers.TryGetValues("x-result-count", out var values)
            && long.TryParse(values.FirstOrDefault()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        return null;
    }

    private static void ValidateList(IdentityProviderListOptions? options)
    {
        if (options is null)
        {
            return;
        }

        ArgumentGuard.Range(options.Page, "options.Page", 1, int.MaxValue);
        ArgumentGuard.Range(options.PageSize, "options.PageSize", 1, MaxPageSize);
    }

    /// <summary>
    /// A provider name is sent as one escaped path segment, but '.' and '..' cannot be escaped (clients and servers
    /// resolve them as dot segments), and a '.' or '..' between slashes, or spelled <c>%2e</c>, would become one behind
    /// a proxy or server that decodes the path before normalizing it: such names are rejected, so no name can address
    /// another URL. (Waldur itself only routes names without '/' and '.'.)
    /// </summary>
    private static void ValidateName(string? provider, string paramName)
    {
        ArgumentGuard.NotEmpty(provider, paramName);
        ArgumentGuard.NoControlCharacters(provider, paramName);
        var name = provider!;
        for (var round = 0; round < 3; round++)
        {
            if (name.Split('/', '\\').Any(part => part is "." or ".."))
            {
                throw new ArgumentException($"{paramName} '{provider}' is not a usable provider name: '.' and '..' path segments would address another URL.", paramName);
            }

            var decoded = Uri.UnescapeDataString(name);
            if (decoded == name)
            {
                break;
            }

            name = decoded;
        }
    }

    private static void ValidateRequest(IdentityProviderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateName(request.Provider, "request.Provider");
        ArgumentGuard.Length(request.Provider, "request.Provider", 1, 32, required: true);
        Required(request.ClientId, "request.ClientId", 200);
        Required(request.ClientSecret, "request.ClientSecret", 200);
        Required(request.DiscoveryUrl, "request.DiscoveryUrl", 200);
        Required(request.Label, "request.Label", 200);
        ArgumentGuard.Length(request.ManagementUrl, "request.ManagementUrl", 0, 200);
        ArgumentGuard.Length(request.ExtraScope, "request.ExtraScope", 0, 200);
        ArgumentGuard.Length(request.UserField, "request.UserField", 1, 100);
        ArgumentGuard.Length(request.UserClaim, "request.UserClaim", 1, 100);
        ArgumentGuard.Length(request.ExtraFields, "request.ExtraFields", 0, 200);
    }

    private static void ValidatePatch(PatchedIdentityProviderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Provider.HasValue)
        {
            ValidateName(request.Provider.Value, "request.Provider");
            ArgumentGuard.Length(request.Provider.Value, "request.Provider", 1, 32, required: true);
        }

        Required(request.ClientId, "request.ClientId", 200);
        Required(request.ClientSecret, "request.ClientSecret", 200);
        Required(request.DiscoveryUrl, "request.DiscoveryUrl", 200);
        Required(request.Label, "request.Label", 200);
        if (request.ManagementUrl.HasValue)
        {
            ArgumentGuard.Length(request.ManagementUrl.Value, "request.ManagementUrl", 0, 200, required: true);
        }

        ArgumentGuard.Length(request.ExtraScope.GetValueOrDefault(null), "request.ExtraScope", 0, 200);
        ArgumentGuard.Length(request.ExtraFields.GetValueOrDefault(null), "request.ExtraFields", 0, 200);
        if (request.UserField.HasValue)
        {
            ArgumentGuard.Length(request.UserField.Value, "request.UserField", 1, 100, required: true);
        }

        if (request.UserClaim.HasValue)
        {
            ArgumentGuard.Length(request.UserClaim.Value, "request.UserClaim", 1, 100, required: true);
        }
    }

    private static void Required(Optional<string> value, string paramName, int max)
    {
        if (value.HasValue)
        {
            Required(value.Value, paramName, max);
        }
    }

    private static void Required(string? value, string paramName, int max)
    {
        ArgumentGuard.NotEmpty(value, paramName);
        ArgumentGuard.Length(value, paramName, 1, max, required: true);
    }

    private static void ValidateDiscovery(DiscoverMetadataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentGuard.NotEmpty(request.DiscoveryUrl, "request.DiscoveryUrl");
        if (!Uri.TryCreate(request.DiscoveryUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("request.DiscoveryUrl must be an absolute http(s) URL.", "request.DiscoveryUrl");
        }
    }
}
