using System.Text.RegularExpressions;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Keycard.Sdk.Api;
using Keycard.Sdk.Json;
using Keycard.Sdk.Models;

namespace Keycard.Sdk;

/// <summary>
/// Keycard zone providers: <c>/zones/{zoneId}/providers</c>. Reached as <c>client.Zones.Providers</c>, like the
/// official SDKs' <c>zones.providers</c>. Every method validates its arguments before sending anything.
/// </summary>
public partial class ProvidersClient
{
    private const int MaxPageSize = 100;
    private readonly IKeycardProvidersApi _api = null!;
    private readonly VendorApiRunner _runner = null!;
    private readonly PaginationOptions _pagination = PaginationOptions.Default;

    internal ProvidersClient(IKeycardProvidersApi api, VendorApiRunner runner, PaginationOptions pagination)
    {
        _api = api;
        _runner = runner;
        _pagination = pagination;
    }

    /// <summary>For mocking.</summary>
    protected ProvidersClient()
    {
    }

    /// <summary>
    /// Lists the zone's providers, following cursors lazily: forward from <see cref="ProviderListOptions.After"/> (or
    /// the start), or backward from <see cref="ProviderListOptions.Before"/>. Needs read access to the zone.
    /// </summary>
    /// <param name="zoneId">The zone id.</param>
    /// <param name="options">Filters and page size; never modified.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The providers; a server that repeats a cursor or page ends the enumeration with <see cref="IdentityProviderPaginationException"/>.</returns>
    /// <exception cref="ArgumentException">An argument is outside the documented limits.</exception>
    public virtual AsyncPageable<Provider> ListAsync(string zoneId, ProviderListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateList(zoneId, options);
        var template = options ?? new ProviderListOptions();
        var backward = template.Before is not null;
        return new CursorPager<Provider>(
            new PagerContext(IdentityProviderVendor.Keycard, "providers.list", _pagination) { Telemetry = _runner.Telemetry },
            async (cursor, pageSize, ct) =>
            {
                ArgumentGuard.Range(pageSize, "pageSizeHint", 1, MaxPageSize);
                var pageOptions = backward
                    ? template with { Before = cursor ?? template.Before, After = null, Cursor = null, Limit = pageSize ?? template.Limit }
                    : template with { After = cursor ?? template.After, Limit = pageSize ?? template.Limit, Cursor = cursor is null ? template.Cursor : null };
                var response = await SendListAsync(zoneId, pageOptions, ct).ConfigureAwait(false);
                var page = response.Value;
                return backward
                    ? new PageResult<Provider>(page.Items, response.RequestId) { NextCursor = page.PageInfo.StartCursor, HasMore = page.PageInfo.HasPreviousPage }
                    : new PageResult<Provider>(page.Items, response.RequestId) { NextCursor = page.PageInfo.EndCursor, HasMore = page.PageInfo.HasNextPage };
            },
            static p => p.Id,
            cancellationToken: cancellationToken);
    }

    /// <summary>Fetches one page of providers, as the server returns it (with <c>page_info</c> and <c>pagination</c>).</summary>
    /// <param name="zoneId">The zone id.</param>
    /// <param name="options">Cursor, filters and page size.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException">An argument is outside the documented limits.</exception>
    public virtual async Task<ProviderListResponse> ListPageAsync(string zoneId, ProviderListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateList(zoneId, options);
        return (await SendListAsync(zoneId, options ?? new ProviderListOptions(), cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>Creates a provider. Needs write access to the zone. Not retried after it may have reached the server.</summary>
    /// <param name="zoneId">The zone id.</param>
    /// <param name="request">The provider to create.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created provider.</returns>
    /// <exception cref="ArgumentException">A field is outside the documented limits.</exception>
    /// <exception cref="IdentityProviderConflictException">The identifier or slug is already used in the zone.</exception>
    public virtual async Task<Provider> CreateAsync(string zoneId, ProviderCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentGuard.PathSegment(zoneId, nameof(zoneId));
        ArgumentNullException.ThrowIfNull(request);
        ArgumentGuard.Length(request.Name, "request.Name", 1, 255, required: true);
        ArgumentGuard.Length(request.Identifier, "request.Identifier", 1, 2048, required: true);
        ValidateSlug(request.Slug, "request.Slug");
        ArgumentGuard.Length(request.Description, "request.Description", 0, 2048);
        var response = await _runner.SendAsync("providers.create", retrySafe: false, ct => _api.CreateAsync(zoneId, request, ct), KeycardJsonContext.Default.Provider, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Gets a provider. Needs read access to the zone.</summary>
    /// <param name="zoneId">The zone id.</param>
    /// <param name="id">The provider id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="IdentityProviderNotFoundException">No such provider in the zone.</exception>
    public virtual async Task<Provider> RetrieveAsync(string zoneId, string id, CancellationToken cancellationToken = default)
    {
        ArgumentGuard.PathSegment(zoneId, nameof(zoneId));
        ArgumentGuard.PathSegment(id, nameof(id));
        var response = await _runner.SendAsync("providers.retrieve", retrySafe: true, ct => _api.RetrieveAsync(zoneId, id, ct), KeycardJsonContext.Default.Provider, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>
    /// Updates a provider with PATCH: only the properties set on <paramref name="request"/> are sent. Needs write access;
    /// platform-owned providers cannot be modified. Not retried after it may have reached the server.
    /// </summary>
    /// <param name="zoneId">The zone id.</param>
    /// <param name="id">The provider id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated provider.</returns>
    /// <exception cref="ArgumentException">A field is outside the documented limits.</exception>
    public virtual async Task<Provider> UpdateAsync(string zoneId, string id, ProviderUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentGuard.PathSegment(zoneId, nameof(zoneId));
        ArgumentGuard.PathSegment(id, nameof(id));
        ArgumentNullException.ThrowIfNull(request);
        if (request.Name.HasValue)
        {
            ArgumentGuard.Length(request.Name.Value, "request.Name", 1, 255, required: true);
        }

        if (request.Identifier.HasValue)
        {
            ArgumentGuard.Length(request.Identifier.Value, "request.Identifier", 1, 2048, required: true);
        }

        if (request.Description.HasValue)
        {
            ArgumentGuard.Length(request.Description.Value, "request.Description", 0, 2048);
        }

        var response = await _runner.SendAsync("providers.update", retrySafe: false, ct => _api.UpdateAsync(zoneId, id, request, ct), KeycardJsonContext.Default.Provider, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Permanently deletes a provider. Needs write access; platform-owned providers cannot be deleted.</summary>
    /// <param name="zoneId">The zone id.</param>
    /// <param name="id">The provider id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the provider is deleted.</returns>
    public virtual async Task DeleteAsync(string zoneId, string id, CancellationToken cancellationToken = default)
    {
        ArgumentGuard.PathSegment(zoneId, nameof(zoneId));
        ArgumentGuard.PathSegment(id, nameof(id));
        await _runner.SendAsync("providers.delete", retrySafe: false, ct => _api.DeleteAsync(zoneId, id, ct), cancellationToken).ConfigureAwait(false);
    }

    private Task<VendorResponse<ProviderListResponse>> SendListAsync(string zoneId, ProviderListOptions options, CancellationToken cancellationToken) =>
        _runner.SendAsync(
            "providers.list",
            retrySafe: true,
            ct => _api.ListAsync(zoneId, options.After, options.Before, options.Cursor, options.Limit, options.Expand, options.Identifier, options.Slug, options.Type?.Value, ct),
            KeycardJsonContext.Default.ProviderListResponse,
            cancellationToken);

    private static void ValidateList(string zoneId, ProviderListOptions? options)
    {
        ArgumentGuard.PathSegment(zoneId, nameof(zoneId));
        if (options is null)
        {
            return;
        }

        ArgumentGuard.Range(options.Limit, "options.Limit", 1, MaxPageSize);
        ArgumentGuard.Length(options.After, "options.After", 1, 255);
        ArgumentGuard.Length(options.Before, "options.Before", 1, 255);
        ArgumentGuard.Length(options.Cursor, "options.Cursor", 1, 255);
        if (options.Before is not null && (options.After is not null || options.Cursor is not null))
        {
            throw new ArgumentException("options.Before cannot be combined with options.After or options.Cursor: a listing goes one direction.", nameof(options));
        }

        ArgumentGuard.Length(options.Identifier, "options.Identifier", 1, 2048);
        ValidateSlug(options.Slug, "options.Slug");
    }

    private static void ValidateSlug(string? slug, string paramName)
    {
        ArgumentGuard.Length(slug, paramName, 1, 63);
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            throw new ArgumentException($"{paramName} must be lowercase letters and digits separated by single hyphens (pattern ^[a-z0-9]+(?:-[a-z0-9]+)*$).", paramName);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
