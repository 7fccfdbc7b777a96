using System.Text.Json;
using IdentityProviders.Emulator.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>
/// The emulated Keycard API under <c>/keycard</c>: the providers routes of the spec and the current reference,
/// an OAuth 2.0 client-credentials token endpoint, bearer authentication and Keycard's error shape.
/// </summary>
internal sealed class KeycardApi
{
    private const string TokenPath = "/oauth/token";
    private const string ZonesPath = KeycardConstants.RoutePrefix + "/zones";

    public KeycardApi(KeycardSettings settings)
    {
        Store = new KeycardProviderStore(settings.TimeProvider, settings.ZoneId, settings.SeedCount);
        Tokens = new KeycardAccessTokens(settings);
    }

    public KeycardProviderStore Store { get; }

    public KeycardAccessTokens Tokens { get; }

    public static string RelativeTokenEndpoint => KeycardConstants.RoutePrefix.TrimStart('/') + TokenPath;

    /// <summary>Adds the Keycard middleware and routes; call after the request-id middleware.</summary>
    public void Map(WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(KeycardConstants.RoutePrefix, StringComparison.Ordinal),
            branch => branch.Use(GuardAsync));

        var keycard = app.MapGroup(KeycardConstants.RoutePrefix);
        // Takes HttpRequest, not HttpContext: a lambda of HttpContext alone would be taken for a RequestDelegate.
        keycard.MapPost(TokenPath, (HttpRequest request) => IssueTokenAsync(request.HttpContext));

        var providers = keycard.MapGroup("/zones/{zoneId}/providers");
        providers.MapGet("", (HttpContext context, [FromRoute] string zoneId) => List(context, zoneId));
        providers.MapPost("", (HttpContext context, [FromRoute] string zoneId) => CreateAsync(context, zoneId));
        providers.MapGet("/{id}", ([FromRoute] string zoneId, [FromRoute] string id) => Get(zoneId, id));
        providers.MapPatch("/{id}", (HttpContext context, [FromRoute] string zoneId, [FromRoute] string id) => UpdateAsync(context, zoneId, id));
        providers.MapDelete("/{id}", ([FromRoute] string zoneId, [FromRoute] string id) => Delete(zoneId, id));
    }

    /// <summary>
    /// Authenticates <c>/keycard/zones/...</c>, and gives every Keycard error the vendor's JSON shape, including
    /// the bodiless 404/405 of routing and unhandled exceptions.
    /// </summary>
    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            if (context.Request.Path.StartsWithSegments(ZonesPath, StringComparison.Ordinal))
            {
                var token = AuthorizationHeader.GetBearerToken(context.Request);
                if (token is null)
                {
                    await KeycardErrors.WriteUnauthorizedAsync(context, "a bearer token is required", bearerError: null).ConfigureAwait(false);
                    return;
                }

                if (!Tokens.IsAccepted(token))
                {
                    await KeycardErrors.WriteUnauthorizedAsync(context, "the bearer token is invalid or expired", "invalid_token").ConfigureAwait(false);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);

            var response = context.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                var message = response.StatusCode switch
                {
                    StatusCodes.Status404NotFound => $"no route for {context.Request.Path}",
                    StatusCodes.Status405MethodNotAllowed => $"method {context.Request.Method} is not allowed on {context.Request.Path}",
                    _ => $"request failed with status {response.StatusCode}",
                };
                await KeycardErrors.WriteAsync(context, response.StatusCode, message).ConfigureAwait(false);
            }
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await KeycardErrors.WriteAsync(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await KeycardErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "internal emulator error").ConfigureAwait(false);
        }
    }

    private async Task<IResult> IssueTokenAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasFormContentType)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "the body must be application/x-www-form-urlencoded");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "the form body is malformed");
        }

        // RFC 6749 section 2.3.1: HTTP Basic or form fields, never both for the secret.
        var formClientId = form["client_id"].Count == 1 ? form["client_id"][0] : null;
        var formClientSecret = form["client_secret"].Count == 1 ? form["client_secret"][0] : null;
        string? clientId, clientSecret;
        if (AuthorizationHeader.TryGetBasicCredentials(request, out var basicId, out var basicSecret))
        {
            if (formClientSecret is not null || (formClientId is not null && formClientId != basicId))
            {
                return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "use one client authentication method, not both");
            }

            (clientId, clientSecret) = (basicId, basicSecret);
        }
        else
        {
            (clientId, clientSecret) = (formClientId, formClientSecret);
        }

        if (!Tokens.IsValidClient(clientId, clientSecret))
        {
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Basic realm=\"keycard\"";
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "client authentication failed");
        }

        var grantType = form["grant_type"].Count == 1 ? form["grant_type"][0] : null;
        if (string.IsNullOrEmpty(grantType))
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is required");
        }

        if (grantType != "client_credentials")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "only client_credentials is supported");
        }

        var scope = form["scope"].Count == 1 ? form["scope"][0] : null;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return TypedResults.Json(
            new KeycardTokenResponse
            {
                AccessToken = Tokens.Issue(),
                TokenType = "Bearer",
                ExpiresIn = Tokens.LifetimeSeconds,
                Scope = string.IsNullOrEmpty(scope) ? null : scope,
            },
            KeycardJsonContext.Default.KeycardTokenResponse);
    }

    private IResult List(HttpContext context, string zoneId)
    {
        if (!KeycardListQuery.TryParse(context.Request.Query, out var query, out var error))
        {
            return KeycardErrors.BadRequest(error);
        }

        var page = Store.List(zoneId, query);
        var startCursor = page.Items.Count > 0 ? KeycardCursor.Encode(page.Items[0].Sequence) : null;
        var endCursor = page.Items.Count > 0 ? KeycardCursor.Encode(page.Items[^1].Sequence) : null;
        var body = new KeycardProviderListResponse
        {
            Items = page.Items.Select(KeycardProviderResponse.From).ToList(),
            PageInfo = new KeycardPageInfo
            {
                HasNextPage = page.HasNextPage,
                HasPreviousPage = page.HasPreviousPage,
                StartCursor = startCursor,
                EndCursor = endCursor,
            },
            Pagination = new KeycardPagination
            {
                AfterCursor = page.HasNextPage ? endCursor : null,
                BeforeCursor = page.HasPreviousPage ? startCursor : null,
                TotalCount = page.TotalCount,
            },
        };
        return TypedResults.Json(body, KeycardJsonContext.Default.KeycardProviderListResponse);
    }

    private IResult Get(string zoneId, string id)
    {
        var provider = Store.Get(zoneId, id);
        return provider is null
            ? KeycardErrors.Result(StatusCodes.Status404NotFound, $"provider {id} not found in zone {zoneId}")
            : ProviderResult(provider);
    }

    private async Task<IResult> CreateAsync(HttpContext context, string zoneId)
    {
        var (document, failure) = await ReadJsonBodyAsync(context).ConfigureAwait(false);
        if (document is null)
        {
            return failure!;
        }

        using (document)
        {
            return KeycardProviderRequestReader.TryRead(document.RootElement, isCreate: true, out var patch, out var error)
                ? ToResult(Store.Create(zoneId, patch))
                : KeycardErrors.BadRequest(error);
        }
    }

    private async Task<IResult> UpdateAsync(HttpContext context, string zoneId, string id)
    {
        var (document, failure) = await ReadJsonBodyAsync(context).ConfigureAwait(false);
        if (document is null)
        {
            return failure!;
        }

        using (document)
        {
            // A missing provider is 404 whatever the body; a platform-owned one is 403 whatever the body.
            var current = Store.Get(zoneId, id);
            if (current is null)
            {
                return KeycardErrors.Result(StatusCodes.Status404NotFound, $"provider {id} not found in zone {zoneId}");
            }

            if (current.IsPlatformOwned)
            {
                return KeycardErrors.Result(StatusCodes.Status403Forbidden, $"provider {id} is platform-owned and cannot be modified");
            }

            return KeycardProviderRequestReader.TryRead(document.RootElement, isCreate: false, out var patch, out var error)
                ? ToResult(Store.Update(zoneId, id, patch))
                : KeycardErrors.BadRequest(error);
        }
    }

    private IResult Delete(string zoneId, string id)
    {
        var result = Store.Delete(zoneId, id);
        return result.Status == KeycardStoreStatus.Ok ? TypedResults.NoContent() : ToResult(result);
    }

    private static IResult ToResult(KeycardStoreResult result) => result.Status switch
    {
        KeycardStoreStatus.Ok => ProviderResult(result.Provider!),
        KeycardStoreStatus.NotFound => KeycardErrors.Result(StatusCodes.Status404NotFound, result.Message!),
        KeycardStoreStatus.Forbidden => KeycardErrors.Result(StatusCodes.Status403Forbidden, result.Message!),
        _ => KeycardErrors.Result(StatusCodes.Status409Conflict, result.Message!),
    };

    private static JsonHttpResult<KeycardProviderResponse> ProviderResult(KeycardProvider provider) =>
        TypedResults.Json(KeycardProviderResponse.From(provider), KeycardJsonContext.Default.KeycardProviderResponse);

    private static JsonHttpResult<KeycardOAuthError> OAuthError(int status, string error, string description) =>
        TypedResults.Json(
            new KeycardOAuthError { Error = error, ErrorDescription = description },
            KeycardJsonContext.Default.KeycardOAuthError,
            statusCode: status);

    private static async Task<(JsonDocument? Document, IResult? Failure)> ReadJsonBodyAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (!string.IsNullOrEmpty(contentType)
            && (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
                || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                     || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))))
        {
            return (null, KeycardErrors.Result(StatusCodes.Status415UnsupportedMediaType, "the body must be application/json"));
        }

        try
        {
            var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
            return (document, null);
        }
        catch (JsonException)
        {
            return (null, KeycardErrors.BadRequest("the request body is not valid JSON"));
        }
    }
}
