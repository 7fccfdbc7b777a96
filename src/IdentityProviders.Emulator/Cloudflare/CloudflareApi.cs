using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Emulator.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>
/// The emulated Cloudflare API under <c>/cloudflare/client/v4</c>: the Access identity provider routes at account and
/// zone scope, with the V4 envelope, page-number pagination, variant-aware validation and API token or
/// e-mail + Global API key authentication.
/// </summary>
internal sealed class CloudflareApi
{
    private const string Collection = "/access/identity_providers";
    private readonly CloudflareSettings _settings;

    public CloudflareApi(CloudflareSettings settings)
    {
        _settings = settings;
        Store = new CloudflareStore(settings);
    }

    public CloudflareStore Store { get; }

    /// <summary>Adds the Cloudflare middleware and routes; call after the request-id middleware.</summary>
    public void Map(WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(CloudflareConstants.RoutePrefix, StringComparison.Ordinal),
            branch => branch.Use(GuardAsync));

        var api = app.MapGroup(CloudflareConstants.RoutePrefix);
        MapScope(api.MapGroup("/accounts/{scopeId}" + Collection), "accounts");
        MapScope(api.MapGroup("/zones/{scopeId}" + Collection), "zones");
    }

    private void MapScope(RouteGroupBuilder group, string kind)
    {
        group.MapGet("", (HttpContext context, [FromRoute] string scopeId) => List(context, kind, scopeId));
        group.MapPost("", (HttpContext context, [FromRoute] string scopeId) => CreateAsync(context, kind, scopeId));
        group.MapGet("/{id}", ([FromRoute] string scopeId, [FromRoute] string id) => Get(kind, scopeId, id));
        group.MapPut("/{id}", (HttpContext context, [FromRoute] string scopeId, [FromRoute] string id) => UpdateAsync(context, kind, scopeId, id));
        group.MapDelete("/{id}", ([FromRoute] string scopeId, [FromRoute] string id) => Delete(kind, scopeId, id));
    }

    /// <summary>
    /// Authenticates every Cloudflare request (API token, or X-Auth-Email + X-Auth-Key) and gives every error the
    /// envelope shape, including routing's bodiless 404/405 and unhandled exceptions.
    /// </summary>
    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            if (Authenticate(context.Request) is { } failure)
            {
                await CloudflareEnvelope.WriteAsync(context, failure.Status, failure.Code, failure.Message).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);

            var response = context.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                var (code, message) = response.StatusCode switch
                {
                    StatusCodes.Status404NotFound => (CloudflareConstants.CodeNoRoute, "No route for that URI"),
                    StatusCodes.Status405MethodNotAllowed => (CloudflareConstants.CodeMethodNotAllowed, $"Method {context.Request.Method} not allowed for this URI"),
                    _ => (CloudflareConstants.CodeInternalError, $"request failed with status {response.StatusCode}"),
                };
                await CloudflareEnvelope.WriteAsync(context, response.StatusCode, code, message).ConfigureAwait(false);
            }
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await CloudflareEnvelope.WriteAsync(context, ex.StatusCode, CloudflareConstants.CodeInvalidRequest, CloudflareConstants.InvalidRequestPrefix + ex.Message).ConfigureAwait(false);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await CloudflareEnvelope.WriteAsync(context, StatusCodes.Status500InternalServerError, CloudflareConstants.CodeInternalError, "Internal emulator error").ConfigureAwait(false);
        }
    }

    private (int Status, int Code, string Message)? Authenticate(HttpRequest request)
    {
        var token = AuthorizationHeader.GetBearerToken(request);
        var email = Single(request, "X-Auth-Email");
        var key = Single(request, "X-Auth-Key");
        if (token is not null)
        {
            return AuthorizationHeader.SecretEquals(token, _settings.ApiToken)
                ? null
                : (StatusCodes.Status403Forbidden, CloudflareConstants.CodeInvalidToken, "Invalid access token");
        }

        if (email is null || key is null)
        {
            return (StatusCodes.Status401Unauthorized, CloudflareConstants.CodeMissingCredentials, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
        }

        return string.Equals(email, _settings.Email, StringComparison.OrdinalIgnoreCase) && AuthorizationHeader.SecretEquals(key, _settings.ApiKey)
            ? null
            : (StatusCodes.Status403Forbidden, CloudflareConstants.CodeUnknownApiKey, "Unknown X-Auth-Key or X-Auth-Email");
    }

    private static string? Single(HttpRequest request, string header)
    {
        var values = request.Headers[header];
        return values.Count == 1 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;
    }

    private IResult List(HttpContext context, string kind, string scopeId)
    {
        if (CheckScope(kind, scopeId, out var scopeKey) is { } failure)
        {
            return failure;
        }

        var query = context.Request.Query;
        if (!TryReadInt(query, "page", 1, int.MaxValue, 1, out var page, out var error)
            || !TryReadInt(query, "per_page", 1, CloudflareConstants.MaxPerPage, CloudflareConstants.DefaultPerPage, out var perPage, out error))
        {
            return CloudflareEnvelope.InvalidRequest(error!);
        }

        var scimOnly = false;
        if (query.TryGetValue("scim_enabled", out var scimValues))
        {
            if (scimValues.Count != 1 || !bool.TryParse(scimValues[0], out scimOnly))
            {
                return CloudflareEnvelope.InvalidRequest("scim_enabled must be true or false");
            }
        }

        var (items, total) = Store.List(scopeKey, page, perPage, scimOnly);
        var result = new JsonArray([.. items.Select(p => (JsonNode)p.ToJson(ScimBaseUrl(p.Id)))]);
        var info = new JsonObject
        {
            ["page"] = page,
            ["per_page"] = perPage,
            ["count"] = items.Count,
            ["total_count"] = total,
            ["total_pages"] = (total + perPage - 1) / perPage,
        };
        return CloudflareEnvelope.Success(result, resultInfo: info);
    }

    private IResult Get(string kind, string scopeId, string id)
    {
        if ((CheckScope(kind, scopeId, out var scopeKey) ?? CheckId(kind, scopeId, id)) is { } failure)
        {
            return failure;
        }

        var provider = Store.Get(scopeKey, id);
        return provider is null ? NotFound(kind, scopeId, id) : CloudflareEnvelope.Success(provider.ToJson(ScimBaseUrl(id)));
    }

    private async Task<IResult> CreateAsync(HttpContext context, string kind, string scopeId)
    {
        if (CheckScope(kind, scopeId, out var scopeKey) is { } failure)
        {
            return failure;
        }

        var (input, readFailure) = await ReadInputAsync(context).ConfigureAwait(false);
        if (input is null)
        {
            return readFailure!;
        }

        var (provider, newSecret) = Store.Create(scopeKey, input);
        return CloudflareEnvelope.Success(provider.ToJson(ScimBaseUrl(provider.Id), newSecret), StatusCodes.Status201Created);
    }

    private async Task<IResult> UpdateAsync(HttpContext context, string kind, string scopeId, string id)
    {
        if ((CheckScope(kind, scopeId, out var scopeKey) ?? CheckId(kind, scopeId, id)) is { } failure)
        {
            return failure;
        }

        var (input, readFailure) = await ReadInputAsync(context).ConfigureAwait(false);
        if (input is null)
        {
            return readFailure!;
        }

        var current = Store.Get(scopeKey, id);
        if (current is null)
        {
            return NotFound(kind, scopeId, id);
        }

        if (current.Type != input.Type)
        {
            return CloudflareEnvelope.InvalidRequest($"the type of an identity provider cannot be changed (it is '{current.Type}', the request says '{input.Type}')");
        }

        var updated = Store.Update(scopeKey, id, input);
        return updated is { } u
            ? CloudflareEnvelope.Success(u.Provider.ToJson(ScimBaseUrl(id), u.NewScimSecret))
            : NotFound(kind, scopeId, id);
    }

    private IResult Delete(string kind, string scopeId, string id)
    {
        if ((CheckScope(kind, scopeId, out var scopeKey) ?? CheckId(kind, scopeId, id)) is { } failure)
        {
            return failure;
        }

        return Store.Delete(scopeKey, id)
            ? CloudflareEnvelope.Success(new JsonObject { ["id"] = id }, StatusCodes.Status202Accepted)
            : NotFound(kind, scopeId, id);
    }

    /// <summary>Identifiers longer than the spec allows cannot be routed; scopes other than the configured account and zone are not the caller's.</summary>
    private IResult? CheckScope(string kind, string scopeId, out string scopeKey)
    {
        scopeKey = kind + "/" + scopeId;
        if (scopeId.Length > CloudflareConstants.MaxIdentifierLength)
        {
            return CloudflareEnvelope.Error(
                StatusCodes.Status400BadRequest,
                CloudflareConstants.CodeNotFound,
                $"Could not route to /{kind}/{scopeId}{Collection}, perhaps your object identifier is invalid?");
        }

        return Store.HasScope(scopeKey)
            ? null
            : CloudflareEnvelope.Error(StatusCodes.Status403Forbidden, CloudflareConstants.CodeAuthenticationError, "Authentication error");
    }

    private static IResult? CheckId(string kind, string scopeId, string id) =>
        id.Length > CloudflareConstants.MaxUuidLength
            ? CloudflareEnvelope.Error(
                StatusCodes.Status400BadRequest,
                CloudflareConstants.CodeNotFound,
                $"Could not route to /{kind}/{scopeId}{Collection}/{id}, perhaps your object identifier is invalid?")
            : null;

    private static IResult NotFound(string kind, string scopeId, string id) =>
        CloudflareEnvelope.Error(
            StatusCodes.Status404NotFound,
            CloudflareConstants.CodeNotFound,
            $"access.api.error.not_found: identity provider {id} not found in {kind}/{scopeId}");

    private string ScimBaseUrl(string id) =>
        $"https://{_settings.AccountId}.cloudflareaccess.com/populations/{id}/scim/v2";

    private static bool TryReadInt(IQueryCollection query, string name, int min, int max, int fallback, out int value, out string? error)
    {
        value = fallback;
        error = null;
        if (!query.TryGetValue(name, out var values))
        {
            return true;
        }

        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        error = string.Create(CultureInfo.InvariantCulture, $"{name} must be an integer between {min} and {max}");
        return false;
    }

    private static async Task<(CloudflareProviderInput? Input, IResult? Failure)> ReadInputAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (!string.IsNullOrEmpty(contentType)
            && (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
                || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                     || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))))
        {
            return (null, CloudflareEnvelope.Error(StatusCodes.Status415UnsupportedMediaType, CloudflareConstants.CodeInvalidRequest, CloudflareConstants.InvalidRequestPrefix + "the body must be application/json"));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return (null, CloudflareEnvelope.Error(StatusCodes.Status400BadRequest, CloudflareConstants.CodeMalformedJson, "Malformed JSON in request body"));
        }

        using (document)
        {
            return CloudflareProviderReader.TryRead(document.RootElement, out var input, out var error)
                ? (input, null)
                : (null, CloudflareEnvelope.InvalidRequest(error));
        }
    }
}
