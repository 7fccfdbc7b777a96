using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Emulator.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace IdentityProviders.Emulator.Waldur;

/// <summary>
/// The emulated Waldur API under <c>/waldur</c>: the nine identity-provider operations of the spec with Django REST
/// framework behaviour: <c>page</c>/<c>page_size</c> pagination (default 10, capped at 300) with
/// <c>x-result-count</c> and <c>Link</c> headers, 404 "Invalid page." past the end, field -> messages validation
/// errors, and <c>Token</c> or OIDC <c>Bearer</c> authentication.
/// </summary>
internal sealed class WaldurApi
{
    private const string Collection = WaldurConstants.RoutePrefix + WaldurConstants.CollectionPath + "/";
    private readonly WaldurSettings _settings;

    public WaldurApi(WaldurSettings settings)
    {
        _settings = settings;
        Store = new WaldurStore(settings.SeedCount);
    }

    public WaldurStore Store { get; }

    /// <summary>Adds the Waldur middleware and routes; call after the request-id middleware.</summary>
    public void Map(WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(WaldurConstants.RoutePrefix, StringComparison.Ordinal),
            branch => branch.Use(GuardAsync));

        var api = app.MapGroup(WaldurConstants.RoutePrefix + WaldurConstants.CollectionPath);
        api.MapGet("/", (HttpRequest request) => List(request.HttpContext));
        api.MapMethods("/", [HttpMethods.Head], (HttpRequest request) => Count(request.HttpContext));
        api.MapPost("/", (HttpRequest request) => CreateAsync(request.HttpContext));
        // Handlers take HttpRequest, not HttpContext: a lambda of HttpContext alone would be taken for a RequestDelegate.
        // Literal segments win over {provider} in ASP.NET Core routing, as the list actions do in Django REST framework's router.
        api.MapPost("/discover_metadata/", (HttpRequest request) => DiscoverAsync(request.HttpContext, mappingOnly: false));
        api.MapPost("/generate-mapping/", (HttpRequest request) => DiscoverAsync(request.HttpContext, mappingOnly: true));
        api.MapGet("/{provider}/", (HttpRequest request) => ActionRoute(request) ?? Get(request.HttpContext));
        api.MapPut("/{provider}/", async (HttpRequest request) => ActionRoute(request) ?? await UpdateAsync(request.HttpContext, partial: false).ConfigureAwait(false));
        api.MapPatch("/{provider}/", async (HttpRequest request) => ActionRoute(request) ?? await UpdateAsync(request.HttpContext, partial: true).ConfigureAwait(false));
        api.MapDelete("/{provider}/", (HttpRequest request) => ActionRoute(request) ?? Delete(request.HttpContext));
    }

    /// <summary>Authenticates every Waldur request and gives every error DRF's <c>{"detail"}</c> shape, routing's bodiless 404/405 included.</summary>
    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            if (Authenticate(context.Request) is { } failure)
            {
                context.Response.Headers[HeaderNames.WWWAuthenticate] = "Token";
                await WaldurErrors.WriteDetailAsync(context, StatusCodes.Status401Unauthorized, failure).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);

            var response = context.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                var detail = response.StatusCode switch
                {
                    StatusCodes.Status404NotFound => "Not found.",
                    StatusCodes.Status405MethodNotAllowed => $"Method \"{context.Request.Method}\" not allowed.",
                    _ => $"Request failed with status {response.StatusCode}.",
                };
                await WaldurErrors.WriteDetailAsync(context, response.StatusCode, detail).ConfigureAwait(false);
            }
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await WaldurErrors.WriteDetailAsync(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await WaldurErrors.WriteDetailAsync(context, StatusCodes.Status500InternalServerError, "A server error occurred.").ConfigureAwait(false);
        }
    }

    /// <summary>DRF's TokenAuthentication (<c>Token &lt;key&gt;</c>) and Waldur's OIDC bearer authentication; the scheme is case-insensitive.</summary>
    private string? Authenticate(HttpRequest request)
    {
        if (GetCredentials(request, "Token") is { } token)
        {
            return AuthorizationHeader.SecretEquals(token, _settings.Token) ? null : WaldurConstants.InvalidToken;
        }

        if (AuthorizationHeader.GetBearerToken(request) is { } bearer)
        {
            return AuthorizationHeader.SecretEquals(bearer, _settings.BearerToken) ? null : WaldurConstants.InvalidToken;
        }

        return WaldurConstants.NoCredentials;
    }

    private static string? GetCredentials(HttpRequest request, string scheme)
    {
        var values = request.Headers[HeaderNames.Authorization];
        if (values.Count != 1 || values[0] is not { } header)
        {
            return null;
        }

        header = header.Trim();
        if (header.Length <= scheme.Length + 1 || !header.StartsWith(scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var credentials = header[(scheme.Length + 1)..].Trim();
        return credentials.Length == 0 ? null : credentials;
    }

    private IResult List(HttpContext context)
    {
        var query = context.Request.Query;
        var pageSize = PageSize(query);
        var total = Store.Count;
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (!TryPageNumber(query, pages, out var page))
        {
            return WaldurErrors.Detail(StatusCodes.Status404NotFound, WaldurConstants.InvalidPage);
        }

        var (items, count) = Store.List(page, pageSize);
        pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        var headers = context.Response.Headers;
        headers[WaldurConstants.ResultCountHeader] = count.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        if (page > 1)
        {
            links.Add($"<{PageLink(context, null)}>; rel=\"first\"");
            links.Add($"<{PageLink(context, page - 1 == 1 ? null : page - 1)}>; rel=\"prev\"");
        }

        if (page < pages)
        {
            links.Add($"<{PageLink(context, page + 1)}>; rel=\"next\"");
            links.Add($"<{PageLink(context, pages)}>; rel=\"last\"");
        }

        if (links.Count > 0)
        {
            headers[HeaderNames.Link] = string.Join(", ", links);
        }

        return WaldurErrors.Json(new JsonArray([.. items]));
    }

    private Microsoft.AspNetCore.Http.HttpResults.Ok Count(HttpContext context)
    {
        context.Response.Headers[WaldurConstants.ResultCountHeader] = Store.Count.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok();
    }

    private IResult Get(HttpContext context)
    {
        var provider = Store.Get(ProviderName(context));
        return provider is null ? NotFound() : WaldurErrors.Json(provider);
    }

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        var (body, failure) = await ReadJsonAsync(context).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!WaldurProviderJson.TryRead(body, partial: false, out var values, out var errors))
        {
            return WaldurErrors.Validation(errors);
        }

        var created = Store.Create(values);
        return created is null
            ? WaldurErrors.Validation(new JsonObject { ["provider"] = new JsonArray(WaldurConstants.ProviderTaken) })
            : WaldurErrors.Json(created, StatusCodes.Status201Created);
    }

    private async Task<IResult> UpdateAsync(HttpContext context, bool partial)
    {
        var name = ProviderName(context);
        // DRF looks the object up before validating the body: a missing provider is 404 whatever the body.
        if (Store.Get(name) is null)
        {
            return NotFound();
        }

        var (body, failure) = await ReadJsonAsync(context).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!WaldurProviderJson.TryRead(body, partial, out var values, out var errors))
        {
            return WaldurErrors.Validation(errors);
        }

        var (outcome, updated) = Store.Update(name, values);
        return outcome switch
        {
            WaldurStore.UpdateOutcome.Updated => WaldurErrors.Json(updated!),
            WaldurStore.UpdateOutcome.NameTaken => WaldurErrors.Validation(new JsonObject { ["provider"] = new JsonArray(WaldurConstants.ProviderTaken) }),
            _ => NotFound(),
        };
    }

    private IResult Delete(HttpContext context) =>
        Store.Delete(ProviderName(context)) ? TypedResults.NoContent() : NotFound();

    private static async Task<IResult> DiscoverAsync(HttpContext context, bool mappingOnly)
    {
        var (body, failure) = await ReadJsonAsync(context).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!WaldurProviderJson.TryReadDiscovery(body, out var discoveryUrl, out _, out var errors))
        {
            return WaldurErrors.Validation(errors);
        }

        // The emulator has no network: a host under the reserved .invalid domain stands for an unreachable provider.
        var host = new Uri(discoveryUrl).Host;
        if (host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase))
        {
            return WaldurErrors.Detail(StatusCodes.Status400BadRequest, $"Failed to fetch OIDC discovery metadata from {host}.");
        }

        return WaldurErrors.Json(mappingOnly ? WaldurDiscovery.Mapping() : WaldurDiscovery.Metadata(WaldurProviderJson.Issuer(discoveryUrl)));
    }

    /// <summary>DRF's router matches the list actions before the detail route: other methods on them are 405, not a provider lookup.</summary>
    private static IResult? ActionRoute(HttpRequest request) =>
        ProviderName(request.HttpContext) is "discover_metadata" or "generate-mapping"
            ? WaldurErrors.Detail(StatusCodes.Status405MethodNotAllowed, $"Method \"{request.Method}\" not allowed.")
            : null;

    private static IResult NotFound() => WaldurErrors.Detail(StatusCodes.Status404NotFound, WaldurConstants.NotFound);

    /// <summary>DRF ignores a page_size that is not a positive integer (default 10) and caps it at max_page_size.</summary>
    private static int PageSize(IQueryCollection query)
    {
        if (query.TryGetValue("page_size", out var values)
            && int.TryParse(values[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            && size > 0)
        {
            return Math.Min(size, WaldurConstants.MaxPageSize);
        }

        return WaldurConstants.DefaultPageSize;
    }

    /// <summary>A page number within 1..pages, or <c>last</c>; anything else is DRF's "Invalid page.".</summary>
    private static bool TryPageNumber(IQueryCollection query, int pages, out int page)
    {
        page = 1;
        if (!query.TryGetValue("page", out var values))
        {
            return true;
        }

        var text = values[^1];
        if (text == "last")
        {
            page = pages;
            return true;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out page) && page >= 1 && page <= pages;
    }

    /// <summary>The request's absolute URL with <c>page</c> replaced (or removed), query sorted, as Django's replace_query_param does.</summary>
    private static string PageLink(HttpContext context, int? page)
    {
        var request = context.Request;
        var parameters = request.Query
            .Where(p => p.Key != "page")
            .SelectMany(p => p.Value.Select(v => (p.Key, Value: v ?? string.Empty)))
            .ToList();
        if (page is { } number)
        {
            parameters.Add(("page", number.ToString(CultureInfo.InvariantCulture)));
        }

        var query = string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var link = new StringBuilder().Append(request.Scheme).Append("://").Append(request.Host.Value).Append(RawPath(context));
        return (query.Length == 0 ? link : link.Append('?').Append(query)).ToString();
    }

    private static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.PathBase + context.Request.Path).Value ?? "/";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? raw : raw[..query];
    }

    /// <summary>
    /// The provider name from the raw request target, unescaped once: the server sees exactly the segment the client
    /// sent (Kestrel would leave <c>%2F</c> escaped but decode <c>%25</c>, which makes the decoded path ambiguous).
    /// </summary>
    private static string ProviderName(HttpContext context)
    {
        var path = RawPath(context);
        var start = path.IndexOf(Collection, StringComparison.Ordinal);
        var segment = start < 0 ? string.Empty : path[(start + Collection.Length)..].TrimEnd('/');
        return Uri.UnescapeDataString(segment);
    }

    private static async Task<(JsonElement Body, IResult? Failure)> ReadJsonAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (!string.IsNullOrEmpty(contentType)
            && (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
                || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                     || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))))
        {
            return (default, WaldurErrors.Detail(StatusCodes.Status415UnsupportedMediaType, $"Unsupported media type \"{contentType}\" in request."));
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            // DRF reads an empty body as empty data.
            return (JsonDocument.Parse("{}").RootElement.Clone(), null);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (default, WaldurErrors.Detail(StatusCodes.Status400BadRequest, $"JSON parse error - {e.Message}"));
        }
    }
}
