using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cloudflare.Access.Sdk.Api;
using Cloudflare.Access.Sdk.Json;
using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;

namespace Cloudflare.Access.Sdk;

/// <summary>
/// Access identity providers: <c>/{accounts|zones}/{id}/access/identity_providers</c>. Reached as
/// <c>client.IdentityProviders</c>, like the official SDKs' <c>zero_trust.identity_providers</c>. Every method takes an
/// optional <see cref="CloudflareScope"/> (the client's default scope when <see langword="null"/>) and validates its
/// arguments before sending anything. Each needs the <c>Access: Organizations, Identity Providers, and Groups</c>
/// permission (Read for list and get, Write for the others).
/// </summary>
public class IdentityProvidersClient
{
    /// <summary>The longest identity provider id (a UUID, <c>access_uuid</c>: 36 characters).</summary>
    public const int MaxIdLength = 36;

    /// <summary>The smallest <c>per_page</c>.</summary>
    public const int MinPerPage = 1;

    /// <summary>The largest <c>per_page</c>.</summary>
    public const int MaxPerPage = 1000;

    private readonly ICloudflareIdentityProvidersApi _api = null!;
    private readonly VendorApiRunner _runner = null!;
    private readonly PaginationOptions _pagination = PaginationOptions.Default;
    private readonly IReadOnlyList<string> _credentials = [];

    internal IdentityProvidersClient(ICloudflareIdentityProvidersApi api, VendorApiRunner runner, PaginationOptions pagination, CloudflareScope? defaultScope, IReadOnlyList<string>? credentials = null)
    {
        _api = api;
        _runner = runner;
        _pagination = pagination;
        DefaultScope = defaultScope;
        _credentials = credentials ?? [];
    }

    /// <summary>For mocking.</summary>
    protected IdentityProvidersClient()
    {
    }

    /// <summary>The scope used when a call names none (from <see cref="CloudflareAccessClientOptions.AccountId"/> or <see cref="CloudflareAccessClientOptions.ZoneId"/>).</summary>
    public virtual CloudflareScope? DefaultScope { get; }

    /// <summary>
    /// Lists the identity providers, fetching pages (<c>page</c>, <c>per_page</c>) lazily. Stops at
    /// <c>result_info.total_pages</c> (or when the items reach <c>total_count</c>) and on an empty page; a server that
    /// repeats a page ends the enumeration with <see cref="IdentityProviderPaginationException"/> instead of looping.
    /// </summary>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="options">Page size, start page and filter; never modified.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The providers.</returns>
    /// <exception cref="ArgumentException">No scope, or an option is outside the documented limits.</exception>
    public virtual AsyncPageable<IdentityProvider> ListAsync(CloudflareScope? scope = null, IdentityProviderListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resolved = Resolve(scope);
        ValidateList(options);
        var template = options ?? new IdentityProviderListOptions();
        var pager = new PageNumberPager<IdentityProvider>(
            new PagerContext(IdentityProviderVendor.Cloudflare, "identity_providers.list", _pagination) { Telemetry = _runner.Telemetry },
            async (position, pageSize, ct) =>
            {
                ArgumentGuard.Range(pageSize, "pageSizeHint", MinPerPage, MaxPerPage);
                var page = checked((int)position.PageNumber);
                var response = await SendListAsync(resolved, template with { Page = page, PerPage = pageSize ?? template.PerPage }, ct).ConfigureAwait(false);
                var info = response.ResultInfo;
                return new PageResult<IdentityProvider>(response.Result, response.RequestId)
                {
                    TotalCount = info?.TotalCount,
                    TotalPages = info?.TotalPages ?? DerivedTotalPages(info),
                };
            },
            static p => p.Id ?? "name:" + p.Name,
            defaultPageSize: template.PerPage,
            cancellationToken: cancellationToken);
        if (template.Page is not { } start || start == 1)
        {
            return pager;
        }

        var startToken = start.ToString(CultureInfo.InvariantCulture);
        return AsyncPageableFactory.FromPages<IdentityProvider>((token, hint) => pager.AsPages(token ?? startToken, hint));
    }

    /// <summary>Fetches one page, with its <c>result_info</c> and <c>messages</c>.</summary>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="options">Page, page size and filter.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentException">No scope, or an option is outside the documented limits.</exception>
    public virtual Task<CloudflareResponse<IReadOnlyList<IdentityProvider>>> ListPageAsync(CloudflareScope? scope = null, IdentityProviderListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resolved = Resolve(scope);
        ValidateList(options);
        return SendListAsync(resolved, options ?? new IdentityProviderListOptions(), cancellationToken);
    }

    /// <summary>Gets an identity provider.</summary>
    /// <param name="identityProviderId">The provider's UUID (1..36 characters).</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The provider (pattern-match on the variant).</returns>
    /// <exception cref="ArgumentException">No scope, or the id is empty or too long.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider in the scope.</exception>
    public virtual async Task<IdentityProvider> GetAsync(string identityProviderId, CloudflareScope? scope = null, CancellationToken cancellationToken = default) =>
        (await GetWithResponseAsync(identityProviderId, scope, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>Gets an identity provider, with the envelope's <c>messages</c>.</summary>
    /// <param name="identityProviderId">The provider's UUID (1..36 characters).</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The unwrapped response.</returns>
    /// <exception cref="ArgumentException">No scope, or the id is empty or too long.</exception>
    public virtual Task<CloudflareResponse<IdentityProvider>> GetWithResponseAsync(string identityProviderId, CloudflareScope? scope = null, CancellationToken cancellationToken = default)
    {
        var resolved = Resolve(scope);
        ValidateId(identityProviderId);
        return SendAsync(
            "identity_providers.get",
            retrySafe: true,
            ct => resolved.IsZone ? _api.GetZoneAsync(resolved.Id, identityProviderId, ct) : _api.GetAccountAsync(resolved.Id, identityProviderId, ct),
            CloudflareJsonContext.Default.CloudflareEnvelopeIdentityProvider,
            cancellationToken);
    }

    /// <summary>
    /// Adds an identity provider (HTTP 201). The variant decides <c>type</c> and the <c>config</c> fields sent; an
    /// <see cref="UnknownIdentityProvider"/> is sent as its raw JSON. <see cref="IdentityProvider.Id"/> is not sent.
    /// Not retried after it may have reached the server.
    /// </summary>
    /// <param name="provider">The provider to add.</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created provider, with its id.</returns>
    /// <exception cref="ArgumentException">No scope, or the provider breaks a documented rule (see <see cref="UpdateAsync"/>).</exception>
    public virtual async Task<IdentityProvider> CreateAsync(IdentityProvider provider, CloudflareScope? scope = null, CancellationToken cancellationToken = default) =>
        (await CreateWithResponseAsync(provider, scope, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>Adds an identity provider, with the envelope's <c>messages</c> and the status (201).</summary>
    /// <param name="provider">The provider to add.</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The unwrapped response.</returns>
    /// <exception cref="ArgumentException">No scope, or the provider breaks a documented rule.</exception>
    public virtual Task<CloudflareResponse<IdentityProvider>> CreateWithResponseAsync(IdentityProvider provider, CloudflareScope? scope = null, CancellationToken cancellationToken = default)
    {
        var resolved = Resolve(scope);
        ValidateProvider(provider);
        var body = provider is UnknownIdentityProvider ? provider : provider with { Id = null };
        return SendAsync(
            "identity_providers.create",
            retrySafe: false,
            ct => resolved.IsZone ? _api.CreateZoneAsync(resolved.Id, Body(body), ct) : _api.CreateAccountAsync(resolved.Id, Body(body), ct),
            CloudflareJsonContext.Default.CloudflareEnvelopeIdentityProvider,
            cancellationToken);
    }

    /// <summary>
    /// Replaces an identity provider's settings (PUT: send the whole provider, e.g. a fetched one changed with
    /// <c>with</c>). Checked before sending: <c>name</c> is required, <c>scim_config.seat_deprovision</c> needs
    /// <c>scim_config.user_deprovision</c>, and SCIM cannot be enabled on <c>onetimepin</c>. Not retried after it
    /// may have reached the server.
    /// </summary>
    /// <param name="identityProviderId">The provider's UUID (1..36 characters).</param>
    /// <param name="provider">The new settings.</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated provider.</returns>
    /// <exception cref="ArgumentException">No scope, the id is invalid, or the provider breaks a documented rule.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider in the scope.</exception>
    public virtual async Task<IdentityProvider> UpdateAsync(string identityProviderId, IdentityProvider provider, CloudflareScope? scope = null, CancellationToken cancellationToken = default) =>
        (await UpdateWithResponseAsync(identityProviderId, provider, scope, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>Replaces an identity provider's settings, with the envelope's <c>messages</c>.</summary>
    /// <param name="identityProviderId">The provider's UUID (1..36 characters).</param>
    /// <param name="provider">The new settings.</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The unwrapped response.</returns>
    /// <exception cref="ArgumentException">No scope, the id is invalid, or the provider breaks a documented rule.</exception>
    public virtual Task<CloudflareResponse<IdentityProvider>> UpdateWithResponseAsync(string identityProviderId, IdentityProvider provider, CloudflareScope? scope = null, CancellationToken cancellationToken = default)
    {
        var resolved = Resolve(scope);
        ValidateId(identityProviderId);
        ValidateProvider(provider);
        return SendAsync(
            "identity_providers.update",
            retrySafe: false,
            ct => resolved.IsZone ? _api.UpdateZoneAsync(resolved.Id, identityProviderId, Body(provider), ct) : _api.UpdateAccountAsync(resolved.Id, identityProviderId, Body(provider), ct),
            CloudflareJsonContext.Default.CloudflareEnvelopeIdentityProvider,
            cancellationToken);
    }

    /// <summary>Deletes an identity provider (HTTP 202). Not retried after it may have reached the server.</summary>
    /// <param name="identityProviderId">The provider's UUID (1..36 characters).</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The id of the deleted provider, as Cloudflare returns it.</returns>
    /// <exception cref="ArgumentException">No scope, or the id is empty or too long.</exception>
    /// <exception cref="IdentityProviderNotFoundException">No such provider in the scope.</exception>
    public virtual async Task<string> DeleteAsync(string identityProviderId, CloudflareScope? scope = null, CancellationToken cancellationToken = default) =>
        (await DeleteWithResponseAsync(identityProviderId, scope, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>Deletes an identity provider, with the envelope's <c>messages</c> and the status (202).</summary>
    /// <param name="identityProviderId">The provider's UUID (1..36 characters).</param>
    /// <param name="scope">The account or zone; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The unwrapped response; <see cref="CloudflareResponse{T}.Result"/> is the deleted id.</returns>
    /// <exception cref="ArgumentException">No scope, or the id is empty or too long.</exception>
    public virtual async Task<CloudflareResponse<string>> DeleteWithResponseAsync(string identityProviderId, CloudflareScope? scope = null, CancellationToken cancellationToken = default)
    {
        var resolved = Resolve(scope);
        ValidateId(identityProviderId);
        const string Operation = "identity_providers.delete";
        var response = await SendAsync(
            Operation,
            retrySafe: false,
            ct => resolved.IsZone ? _api.DeleteZoneAsync(resolved.Id, identityProviderId, ct) : _api.DeleteAccountAsync(resolved.Id, identityProviderId, ct),
            CloudflareJsonContext.Default.CloudflareEnvelopeDeletedIdentityProvider,
            cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(response.Result.Id))
        {
            throw new IdentityProviderResponseFormatException(
                string.Create(CultureInfo.InvariantCulture, $"{IdentityProviderVendor.Cloudflare} {Operation} returned HTTP {response.StatusCode} but the result has no id."),
                IdentityProviderVendor.Cloudflare,
                Operation,
                response.StatusCode,
                response.RequestId);
        }

        return new CloudflareResponse<string>(response.Result.Id, response.Messages, response.ResultInfo, response.StatusCode, response.RequestId);
    }

    /// <summary>The checks <see cref="CreateAsync"/> and <see cref="UpdateAsync"/> make before sending.</summary>
    /// <param name="provider">The provider.</param>
    /// <exception cref="ArgumentException">The provider breaks a documented rule.</exception>
    internal static void ValidateProvider(IdentityProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (provider is UnknownIdentityProvider)
        {
            // Sent as received: the SDK does not know this type's rules.
            return;
        }

        ArgumentGuard.NotEmpty(provider.Name, "provider.Name");
        if (provider.ScimConfig is { } scim)
        {
            if (scim.SeatDeprovision == true && scim.UserDeprovision != true)
            {
                throw new ArgumentException("provider.ScimConfig.SeatDeprovision requires provider.ScimConfig.UserDeprovision: a seat cannot be removed unless the user's session is revoked too.", nameof(provider));
            }

            if (scim.Enabled == true && provider is OneTimePinIdentityProvider)
            {
                throw new ArgumentException("SCIM cannot be enabled on a onetimepin identity provider (provider.ScimConfig.Enabled).", nameof(provider));
            }
        }
    }

    /// <summary>The JSON body of a create or update, written by the union converter (the variant's own fields, or an unknown variant's raw JSON).</summary>
    private static ByteArrayContent Body(IdentityProvider provider)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(provider, CloudflareJsonContext.Default.IdentityProvider));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static long? DerivedTotalPages(CloudflareResultInfo? info) =>
        info is { TotalCount: { } total, PerPage: { } perPage } && perPage > 0 ? (total + perPage - 1) / perPage : null;

    private Task<CloudflareResponse<IReadOnlyList<IdentityProvider>>> SendListAsync(CloudflareScope scope, IdentityProviderListOptions options, CancellationToken cancellationToken)
    {
        var scimEnabled = options.ScimEnabled switch
        {
            true => "true",
            false => "false",
            null => null,
        };
        return SendAsync(
            "identity_providers.list",
            retrySafe: true,
            ct => scope.IsZone
                ? _api.ListZoneAsync(scope.Id, options.Page, options.PerPage, scimEnabled, ct)
                : _api.ListAccountAsync(scope.Id, options.Page, options.PerPage, scimEnabled, ct),
            CloudflareJsonContext.Default.CloudflareEnvelopeIReadOnlyListIdentityProvider,
            cancellationToken);
    }

    private async Task<CloudflareResponse<T>> SendAsync<T>(string operation, bool retrySafe, Func<CancellationToken, Task<HttpResponseMessage>> send, JsonTypeInfo<CloudflareEnvelope<T>> typeInfo, CancellationToken cancellationToken)
    {
        var response = await _runner.SendAsync(operation, retrySafe, send, typeInfo, cancellationToken).ConfigureAwait(false);
        var envelope = response.Value;
        // "errors": [null] is not an error list; a null entry must not reach the classifier (NullReferenceException).
        var errors = envelope.Errors is null ? [] : envelope.Errors.Where(e => e is not null).ToList();
        if (envelope.Success == false || errors.Count > 0)
        {
            // A 2xx never passed the runner's error path, which scrubs what a server echoes: a message that quotes the
            // caller's credential must not carry it into the exception.
            var scrubbed = errors.Select(e => e with { Message = CloudflareErrors.Scrub(e.Message, _credentials) }).ToList();
            throw CloudflareErrors.FromEnvelope(operation, response.StatusCode, scrubbed, CloudflareErrors.ScrubOrNull(response.RequestId, _credentials));
        }

        if (envelope.Result is null)
        {
            throw new IdentityProviderResponseFormatException(
                string.Create(CultureInfo.InvariantCulture, $"{IdentityProviderVendor.Cloudflare} {operation} returned HTTP {response.StatusCode} but the envelope has no result{(response.RequestId is null ? "" : $" (request id {response.RequestId})")}."),
                IdentityProviderVendor.Cloudflare,
                operation,
                response.StatusCode,
                response.RequestId);
        }

        return new CloudflareResponse<T>(envelope.Result, envelope.Messages ?? [], envelope.ResultInfo, response.StatusCode, response.RequestId);
    }

    private CloudflareScope Resolve(CloudflareScope? scope) =>
        scope ?? DefaultScope ?? throw new ArgumentException(
            "An account or zone scope is required: pass CloudflareScope.Account(id) or CloudflareScope.Zone(id), or set AccountId or ZoneId in CloudflareAccessClientOptions.",
            nameof(scope));

    private static void ValidateId(string identityProviderId)
    {
        ArgumentGuard.PathSegment(identityProviderId, nameof(identityProviderId));
        ArgumentGuard.Length(identityProviderId, nameof(identityProviderId), 1, MaxIdLength);
    }

    private static void ValidateList(IdentityProviderListOptions? options)
    {
        if (options is null)
        {
            return;
        }

        ArgumentGuard.Range(options.PerPage, "options.PerPage", MinPerPage, MaxPerPage);
        ArgumentGuard.Range(options.Page, "options.Page", 1, int.MaxValue);
    }
}
