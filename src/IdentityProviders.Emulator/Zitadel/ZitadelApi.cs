using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Emulator.Common;
using Microsoft.AspNetCore.Mvc;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>
/// The emulated Zitadel under <c>/zitadel</c>: the identity-provider routes of the management (<c>/management/v1</c>,
/// organization, <c>x-zitadel-orgid</c>) and admin (<c>/admin/v1</c>, instance) APIs, templates and legacy, with offset
/// pagination, string uint64s, <c>details</c>, the gateway's error body, a JWT profile token endpoint
/// (<c>/oauth/v2/token</c>) and a static personal access token.
/// </summary>
internal sealed class ZitadelApi
{
    private const string TokenPath = "/oauth/v2/token";
    private readonly ZitadelSettings _settings;

    public ZitadelApi(ZitadelSettings settings)
    {
        _settings = settings;
        Store = new ZitadelStore(settings.TimeProvider);
        Tokens = new ZitadelTokens(settings);
        ZitadelSeedData.Seed(Store, null, settings.InstanceSeedCount);
        ZitadelSeedData.Seed(Store, settings.OrgId, settings.SeedCount);
    }

    public ZitadelStore Store { get; }

    public ZitadelTokens Tokens { get; }

    public static string RelativeTokenEndpoint => ZitadelConstants.RoutePrefix.TrimStart('/') + TokenPath;

    /// <summary>Adds the Zitadel middleware and routes; call after the request-id middleware.</summary>
    public void Map(WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ZitadelConstants.RoutePrefix, StringComparison.Ordinal),
            branch => branch.Use(GuardAsync));

        var zitadel = app.MapGroup(ZitadelConstants.RoutePrefix);
        zitadel.MapPost(TokenPath, (HttpRequest request) => IssueTokenAsync(request));
        MapLevel(zitadel.MapGroup("/management/v1/idps"), instance: false);
        MapLevel(zitadel.MapGroup("/admin/v1/idps"), instance: true);
    }

    private void MapLevel(RouteGroupBuilder idps, bool instance)
    {
        idps.MapPost("/templates/_search", (HttpRequest request) => ListProvidersAsync(request, instance));
        idps.MapGet("/templates/{id}", (HttpRequest request, [FromRoute] string id) => Json(new JsonObject { ["idp"] = ReadableOrThrow(request, instance, id).ToJson() }));
        idps.MapDelete("/templates/{id}", (HttpRequest request, [FromRoute] string id) => Delete(request, instance, id));
        idps.MapPost("/{kind}", (HttpRequest request, [FromRoute] string kind) => AddAsync(request, instance, kind));
        idps.MapPut("/{kind}/{id}", (HttpRequest request, [FromRoute] string kind, [FromRoute] string id) => UpdateAsync(request, instance, kind, id, "PUT"));
        idps.MapPost("/{kind}/{id}", (HttpRequest request, [FromRoute] string kind, [FromRoute] string id) => UpdateAsync(request, instance, kind, id, "POST"));
        idps.MapPost("/generic_oidc/{id}/_migrate", (HttpRequest request, [FromRoute] string id) => MigrateAsync(request, instance, id));
        idps.MapPost("/saml/{id}/_generate_certificate", (HttpRequest request, [FromRoute] string id) => RegenerateCertificateAsync(request, instance, id));

        // The deprecated legacy API.
        idps.MapPost("/_search", (HttpRequest request) => ListLegacyAsync(request, instance));
        idps.MapPost("/oidc", (HttpRequest request) => AddLegacyAsync(request, instance, jwt: false));
        idps.MapPost("/jwt", (HttpRequest request) => AddLegacyAsync(request, instance, jwt: true));
        idps.MapGet("/{id}", (HttpRequest request, [FromRoute] string id) => Json(new JsonObject { ["idp"] = LegacyOrThrow(request, instance, id, owned: false).ToLegacyJson() }));
        idps.MapPut("/{id}", (HttpRequest request, [FromRoute] string id) => UpdateLegacyAsync(request, instance, id));
        idps.MapPut("/{idpId}/oidc_config", (HttpRequest request, [FromRoute] string idpId) => UpdateLegacyConfigAsync(request, instance, idpId, jwt: false));
        idps.MapPut("/{idpId}/jwt_config", (HttpRequest request, [FromRoute] string idpId) => UpdateLegacyConfigAsync(request, instance, idpId, jwt: true));
        idps.MapPost("/{idpId}/_deactivate", (HttpRequest request, [FromRoute] string idpId) => SetLegacyStateAsync(request, instance, idpId, "IDP_STATE_INACTIVE"));
        idps.MapPost("/{idpId}/_reactivate", (HttpRequest request, [FromRoute] string idpId) => SetLegacyStateAsync(request, instance, idpId, "IDP_STATE_ACTIVE"));
        idps.MapDelete("/{id}", (HttpRequest request, [FromRoute] string id) => RemoveLegacy(request, instance, id));
    }

    /// <summary>Authenticates the API routes and gives every Zitadel error the gateway's shape.</summary>
    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            var path = context.Request.Path;
            if (!path.StartsWithSegments(ZitadelConstants.RoutePrefix + TokenPath, StringComparison.Ordinal))
            {
                var token = AuthorizationHeader.GetBearerToken(context.Request);
                if (token is null)
                {
                    await ZitadelErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, ZitadelConstants.Unauthenticated, "auth header missing", "AUTH-7fs1e").ConfigureAwait(false);
                    return;
                }

                if (!Tokens.IsAccepted(token))
                {
                    await ZitadelErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, ZitadelConstants.Unauthenticated, "Errors.Token.Invalid", "AUTH-7fs1e").ConfigureAwait(false);
                    return;
                }

                if (context.Request.Headers[ZitadelConstants.OrgIdHeader] is { Count: > 0 } orgIds && (orgIds.Count > 1 || string.IsNullOrWhiteSpace(orgIds[0]) || orgIds[0]!.Length > 200))
                {
                    await ZitadelErrors.WriteAsync(context, StatusCodes.Status403Forbidden, ZitadelConstants.PermissionDenied, "Errors.User.NotAllowedToCheckPermission", "AUTH-3r8f1").ConfigureAwait(false);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);

            var response = context.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
            {
                // grpc-gateway's routing errors: 404 NotFound, and 405 turned into Unimplemented (HTTP 501).
                var (status, code, message) = response.StatusCode == StatusCodes.Status405MethodNotAllowed
                    ? (StatusCodes.Status501NotImplemented, ZitadelConstants.Unimplemented, "Method Not Allowed")
                    : response.StatusCode == StatusCodes.Status404NotFound
                        ? (StatusCodes.Status404NotFound, ZitadelConstants.NotFound, "Not Found")
                        : (response.StatusCode, ZitadelConstants.Internal, $"request failed with status {response.StatusCode}");
                await ZitadelErrors.WriteAsync(context, status, code, message).ConfigureAwait(false);
            }
        }
        catch (ZitadelRpcException ex) when (!context.Response.HasStarted)
        {
            await ZitadelErrors.WriteAsync(context, ex.HttpStatus, ex.GrpcCode, ex.Message, ex.ErrorId).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await ZitadelErrors.WriteAsync(context, ex.StatusCode, ZitadelConstants.InvalidArgument, ex.Message).ConfigureAwait(false);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await ZitadelErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, ZitadelConstants.Internal, "internal emulator error").ConfigureAwait(false);
        }
    }

    // ---- templates API ----

    private async Task<IResult> ListProvidersAsync(HttpRequest request, bool instance)
    {
        var org = OrgOf(request, instance);
        var rules = instance
            ? new FieldRule[] { new("query", FieldKind.Object, 0, 0, null), new("queries", FieldKind.Object, 0, 0, null) }
            : [new("query", FieldKind.Object, 0, 0, null), new("queries", FieldKind.Object, 0, 0, null)];
        var (query, filters) = await ReadListAsync(request, instance, legacy: false, rules).ConfigureAwait(false);
        var matching = Filter(Store.Visible(org), filters);
        return Page(matching, query, p => p.ToJson());
    }

    private async Task<IResult> AddAsync(HttpRequest request, bool instance, string slug)
    {
        var kind = ZitadelProviderKind.BySlug(slug) ?? throw ZitadelRpcException.NotFound("Not Found", null);
        var org = OrgOf(request, instance);
        var body = await ZitadelRequestReader.ReadAsync(request, kind.AddFields, kind.AddMessage).ConfigureAwait(false);
        var (config, secrets) = Split(kind, body);
        if (kind.Key == "saml")
        {
            ApplySamlMetadata(body, config, required: true, kind.AddMessage);
        }

        var provider = Store.Add(org, kind, Text(body, "name") ?? string.Empty, config, body["providerOptions"]?.AsObject().DeepClone().AsObject(), secrets);
        return Json(new JsonObject { ["details"] = provider.Details(), ["id"] = provider.Id });
    }

    private async Task<IResult> UpdateAsync(HttpRequest request, bool instance, string slug, string id, string method)
    {
        var kind = ZitadelProviderKind.BySlug(slug) ?? throw ZitadelRpcException.NotFound("Not Found", null);
        // The admin API updates GitLab and GitLab self-hosted with POST, every other type (and management) with PUT.
        var post = instance && kind.Slug is "gitlab" or "gitlab_self_hosted";
        if ((method == "POST") != post)
        {
            throw new ZitadelRpcException(StatusCodes.Status501NotImplemented, ZitadelConstants.Unimplemented, "Method Not Allowed");
        }

        var org = OrgOf(request, instance);
        var body = await ZitadelRequestReader.ReadAsync(request, kind.UpdateFields, kind.UpdateMessage).ConfigureAwait(false);
        var provider = Store.FindOwned(org, id);
        if (provider is null || provider.Kind != kind)
        {
            throw ZitadelRpcException.NotFound();
        }

        var (config, secrets) = Split(kind, body);
        if (kind.Key == "saml")
        {
            ApplySamlMetadata(body, config, required: false, kind.UpdateMessage);
            if (!config.ContainsKey("metadataXml") && provider.Config["metadataXml"] is { } existing)
            {
                config["metadataXml"] = existing.DeepClone();
            }
        }

        var details = Store.Change(provider, p =>
        {
            p.Config = config;
            if (Text(body, "name") is { Length: > 0 } name)
            {
                p.Name = name;
            }

            p.Options = body["providerOptions"]?.AsObject().DeepClone().AsObject() ?? [];
            foreach (var (key, value) in secrets)
            {
                p.Secrets[key] = value;
            }
        });
        return Json(new JsonObject { ["details"] = details });
    }

    private IResult Delete(HttpRequest request, bool instance, string id)
    {
        var provider = Store.FindOwned(OrgOf(request, instance), id) ?? throw ZitadelRpcException.NotFound();
        return Json(new JsonObject { ["details"] = Store.Remove(provider) });
    }

    private async Task<IResult> MigrateAsync(HttpRequest request, bool instance, string id)
    {
        var org = OrgOf(request, instance);
        var body = await ZitadelRequestReader.ReadAsync(request, [new("azure", FieldKind.Object, 0, 0, null), new("google", FieldKind.Object, 0, 0, null)], "MigrateGenericOIDCProviderRequest").ConfigureAwait(false);
        var target = (body["azure"], body["google"]) switch
        {
            (JsonObject azure, null) => (Kind: ZitadelProviderKind.BySlug("azure")!, Body: azure),
            (null, JsonObject google) => (Kind: ZitadelProviderKind.BySlug("google")!, Body: google),
            _ => throw ZitadelRpcException.Invalid("invalid MigrateGenericOIDCProviderRequest.Template: value is required (exactly one of azure, google)"),
        };
        var provider = Store.FindOwned(org, id);
        if (provider is null || provider.Kind.Key != "oidc")
        {
            throw ZitadelRpcException.NotFound();
        }

        var (config, secrets) = Split(target.Kind, target.Body);
        var details = Store.Change(provider, p =>
        {
            p.Kind = target.Kind;
            p.Config = config;
            if (Text(target.Body, "name") is { Length: > 0 } name)
            {
                p.Name = name;
            }

            p.Options = target.Body["providerOptions"]?.AsObject().DeepClone().AsObject() ?? [];
            p.Secrets.Clear();
            foreach (var (key, value) in secrets)
            {
                p.Secrets[key] = value;
            }
        });
        return Json(new JsonObject { ["details"] = details });
    }

    private async Task<IResult> RegenerateCertificateAsync(HttpRequest request, bool instance, string id)
    {
        var org = OrgOf(request, instance);
        await ReadOptionalEmptyBodyAsync(request, "RegenerateSAMLProviderCertificateRequest").ConfigureAwait(false);
        var provider = Store.FindOwned(org, id);
        if (provider is null || provider.Kind.Key != "saml")
        {
            throw ZitadelRpcException.NotFound();
        }

        return Json(new JsonObject { ["details"] = Store.Change(provider, _ => { }) });
    }

    // ---- legacy API ----

    private async Task<IResult> ListLegacyAsync(HttpRequest request, bool instance)
    {
        var org = OrgOf(request, instance);
        var rules = new FieldRule[] { new("query", FieldKind.Object, 0, 0, null), new("sortingColumn", FieldKind.Enum, 0, 0, ZitadelEnums.IDPFieldName), new("queries", FieldKind.Object, 0, 0, null) };
        var (query, filters) = await ReadListAsync(request, instance, legacy: true, rules).ConfigureAwait(false);
        var matching = Filter(Store.Visible(org).Where(p => p.Legacy), filters);
        var result = Page(matching, query, p => p.ToLegacyJson(), legacy: true);
        return result;
    }

    private async Task<IResult> AddLegacyAsync(HttpRequest request, bool instance, bool jwt)
    {
        var org = OrgOf(request, instance);
        var body = await ZitadelRequestReader.ReadAsync(request, jwt ? ZitadelProviderKinds.AddJwtIdp : ZitadelProviderKinds.AddOidcIdp, jwt ? "AddOrgJWTIDPRequest" : "AddOrgOIDCIDPRequest").ConfigureAwait(false);
        var kind = ZitadelProviderKind.ByKey(jwt ? "jwt" : "oidc");
        var config = jwt
            ? new JsonObject { ["jwtEndpoint"] = Copy(body, "jwtEndpoint"), ["issuer"] = Copy(body, "issuer"), ["keysEndpoint"] = Copy(body, "keysEndpoint"), ["headerName"] = Copy(body, "headerName") }
            : new JsonObject { ["issuer"] = Copy(body, "issuer"), ["clientId"] = Copy(body, "clientId"), ["scopes"] = Copy(body, "scopes") ?? new JsonArray(), ["isIdTokenMapping"] = false, ["usePkce"] = false };
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Text(body, "clientSecret") is { } secret)
        {
            secrets["clientSecret"] = secret;
        }

        var provider = Store.Add(org, kind, Text(body, "name")!, config, null, secrets, legacy: true, p =>
        {
            p.StylingType = Text(body, "stylingType") ?? p.StylingType;
            p.AutoRegister = body["autoRegister"]?.GetValue<bool>() ?? false;
            p.DisplayNameMapping = Text(body, "displayNameMapping") ?? p.DisplayNameMapping;
            p.UsernameMapping = Text(body, "usernameMapping") ?? p.UsernameMapping;
        });
        return Json(new JsonObject { ["details"] = provider.Details(), ["idpId"] = provider.Id });
    }

    private async Task<IResult> UpdateLegacyAsync(HttpRequest request, bool instance, string id)
    {
        var body = await ZitadelRequestReader.ReadAsync(request, ZitadelProviderKinds.UpdateIdp, "UpdateOrgIDPRequest").ConfigureAwait(false);
        var provider = LegacyOrThrow(request, instance, id, owned: true);
        var details = Store.Change(provider, p =>
        {
            p.Name = Text(body, "name")!;
            p.StylingType = Text(body, "stylingType") ?? p.StylingType;
            p.AutoRegister = body["autoRegister"]?.GetValue<bool>() ?? false;
        });
        return Json(new JsonObject { ["details"] = details });
    }

    private async Task<IResult> UpdateLegacyConfigAsync(HttpRequest request, bool instance, string id, bool jwt)
    {
        var body = await ZitadelRequestReader.ReadAsync(request, jwt ? ZitadelProviderKinds.UpdateIdpJwtConfig : ZitadelProviderKinds.UpdateIdpOidcConfig, jwt ? "UpdateOrgIDPJWTConfigRequest" : "UpdateOrgIDPOIDCConfigRequest").ConfigureAwait(false);
        var provider = LegacyOrThrow(request, instance, id, owned: true);
        if ((provider.Kind.Key == "jwt") != jwt)
        {
            throw ZitadelRpcException.NotFound("Errors.IDPConfig.NotExisting", "COMMAND-4M9vs");
        }

        var details = Store.Change(provider, p =>
        {
            foreach (var (key, value) in body)
            {
                switch (key)
                {
                    case "clientSecret":
                        if (value?.GetValue<string>() is { Length: > 0 } secret)
                        {
                            p.Secrets["clientSecret"] = secret;
                        }

                        break;
                    case "displayNameMapping":
                        p.DisplayNameMapping = value!.GetValue<string>();
                        break;
                    case "usernameMapping":
                        p.UsernameMapping = value!.GetValue<string>();
                        break;
                    default:
                        p.Config[key] = value?.DeepClone();
                        break;
                }
            }
        });
        return Json(new JsonObject { ["details"] = details });
    }

    private async Task<IResult> SetLegacyStateAsync(HttpRequest request, bool instance, string id, string state)
    {
        await ReadOptionalEmptyBodyAsync(request, state == "IDP_STATE_INACTIVE" ? "DeactivateOrgIDPRequest" : "ReactivateOrgIDPRequest").ConfigureAwait(false);
        var provider = LegacyOrThrow(request, instance, id, owned: true);
        if (provider.State == state)
        {
            throw new ZitadelRpcException(StatusCodes.Status400BadRequest, ZitadelConstants.FailedPrecondition, state == "IDP_STATE_INACTIVE" ? "Errors.IDPConfig.NotActive" : "Errors.IDPConfig.NotInactive", "COMMAND-4M9so");
        }

        return Json(new JsonObject { ["details"] = Store.Change(provider, p => p.State = state) });
    }

    private IResult RemoveLegacy(HttpRequest request, bool instance, string id)
    {
        var provider = Store.FindOwned(OrgOf(request, instance), id) ?? throw ZitadelRpcException.NotFound();
        var details = Store.Remove(provider);
        // The management API's RemoveOrgIDPResponse is empty; the admin API's carries details.
        return Json(instance ? new JsonObject { ["details"] = details } : []);
    }

    // ---- token endpoint ----

    private async Task<IResult> IssueTokenAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError("invalid_request", "the body must be application/x-www-form-urlencoded");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var grantType = form["grant_type"].Count == 1 ? form["grant_type"][0] : null;
        if (grantType != ZitadelConstants.JwtBearerGrant)
        {
            return OAuthError("unsupported_grant_type", $"grant_type must be {ZitadelConstants.JwtBearerGrant}");
        }

        var assertion = form["assertion"].Count == 1 ? form["assertion"][0] : null;
        if (string.IsNullOrEmpty(assertion))
        {
            return OAuthError("invalid_request", "assertion is required");
        }

        var issuer = $"{request.Scheme}://{request.Host}{ZitadelConstants.RoutePrefix}";
        if (Tokens.Verify(assertion, issuer) is { } problem)
        {
            return OAuthError("invalid_grant", problem);
        }

        var (token, expiresIn) = Tokens.Issue();
        return Json(new JsonObject { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = expiresIn });
    }

    private static IResult OAuthError(string error, string description) =>
        Json(new JsonObject { ["error"] = error, ["error_description"] = description }, StatusCodes.Status400BadRequest);

    // ---- helpers ----

    private string? OrgOf(HttpRequest request, bool instance)
    {
        if (instance)
        {
            return null;
        }

        var header = request.Headers[ZitadelConstants.OrgIdHeader];
        return header.Count == 1 && !string.IsNullOrWhiteSpace(header[0]) ? header[0] : _settings.OrgId;
    }

    private ZitadelProvider ReadableOrThrow(HttpRequest request, bool instance, string id) =>
        Store.Find(OrgOf(request, instance), id) ?? throw ZitadelRpcException.NotFound();

    private ZitadelProvider LegacyOrThrow(HttpRequest request, bool instance, string id, bool owned)
    {
        var org = OrgOf(request, instance);
        var provider = owned ? Store.FindOwned(org, id) : Store.Find(org, id);
        return provider is { Legacy: true } ? provider : throw ZitadelRpcException.NotFound();
    }

    private static async Task<(JsonObject Query, List<JsonObject> Filters)> ReadListAsync(HttpRequest request, bool instance, bool legacy, FieldRule[] rules)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            throw ZitadelRpcException.Invalid("invalid character in request body: the body must be JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            var message = legacy ? "ListOrgIDPsRequest" : "ListProvidersRequest";
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw ZitadelRpcException.Invalid($"proto: syntax error: {message} must be a JSON object");
            }

            var query = new JsonObject();
            var filters = new List<JsonObject>();
            foreach (var property in root.EnumerateObject())
            {
                var name = ZitadelRequestReader.ToJsonName(property.Name);
                if (Array.Find(rules, r => r.Name == name) is null)
                {
                    throw ZitadelRpcException.Invalid($"proto: ({message}) unknown field \"{property.Name}\"");
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (name == "query")
                {
                    query = ZitadelRequestReader.Read(property.Value, ZitadelProviderKinds.ListQuery, "ListQuery");
                }
                else if (name == "queries")
                {
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw ZitadelRpcException.Invalid($"proto: ({message}.Queries) invalid value: expected array");
                    }

                    // The admin API's queries have no ownerTypeQuery: the gateway rejects it as an unknown field.
                    FieldRule[] queryRules = instance
                        ? [new("idpIdQuery", FieldKind.Object, 0, 0, null), new("idpNameQuery", FieldKind.Object, 0, 0, null)]
                        : [new("idpIdQuery", FieldKind.Object, 0, 0, null), new("idpNameQuery", FieldKind.Object, 0, 0, null), new("ownerTypeQuery", FieldKind.Object, 0, 0, null)];
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        var filter = ZitadelRequestReader.Read(item, queryRules, legacy ? "IDPQuery" : "ProviderQuery");
                        if (filter.Count > 1)
                        {
                            throw ZitadelRpcException.Invalid("proto: oneof query is already set");
                        }

                        filters.Add(filter);
                    }
                }
            }

            return (query, filters);
        }
    }

    private static IEnumerable<ZitadelProvider> Filter(IEnumerable<ZitadelProvider> providers, List<JsonObject> filters)
    {
        foreach (var filter in filters)
        {
            if (filter["idpIdQuery"] is JsonObject byId)
            {
                var id = Text(byId, "id") ?? string.Empty;
                providers = providers.Where(p => p.Id == id);
            }
            else if (filter["idpNameQuery"] is JsonObject byName)
            {
                var name = Text(byName, "name") ?? string.Empty;
                var method = Text(byName, "method") ?? "TEXT_QUERY_METHOD_EQUALS";
                providers = providers.Where(p => Matches(p.Name, name, method));
            }
            else if (filter["ownerTypeQuery"] is JsonObject byOwner)
            {
                var owner = Text(byOwner, "ownerType") ?? "IDP_OWNER_TYPE_UNSPECIFIED";
                if (owner != "IDP_OWNER_TYPE_UNSPECIFIED")
                {
                    providers = providers.Where(p => p.OwnerType == owner);
                }
            }
        }

        return providers;
    }

    private static bool Matches(string value, string search, string method)
    {
        var comparison = method.EndsWith("_IGNORE_CASE", StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return method.Replace("_IGNORE_CASE", string.Empty, StringComparison.Ordinal) switch
        {
            "TEXT_QUERY_METHOD_STARTS_WITH" => value.StartsWith(search, comparison),
            "TEXT_QUERY_METHOD_CONTAINS" => value.Contains(search, comparison),
            "TEXT_QUERY_METHOD_ENDS_WITH" => value.EndsWith(search, comparison),
            _ => string.Equals(value, search, comparison),
        };
    }

    private IResult Page(IEnumerable<ZitadelProvider> matching, JsonObject query, Func<ZitadelProvider, JsonObject> render, bool legacy = false)
    {
        var offset = ulong.Parse(Text(query, "offset") ?? "0", CultureInfo.InvariantCulture);
        var limit = query["limit"]?.GetValue<long>() ?? 0;
        if (limit > ZitadelConstants.MaxLimit)
        {
            throw ZitadelRpcException.Invalid(string.Create(CultureInfo.InvariantCulture, $"Errors.Query.LimitExceeded: limit must be at most {ZitadelConstants.MaxLimit}"), "QUERY-4M9vs");
        }

        var take = limit == 0 ? ZitadelConstants.DefaultLimit : (int)limit;
        // Default order is descending; asc=true is oldest first.
        var ascending = query["asc"]?.GetValue<bool>() ?? false;
        var ordered = ascending ? matching.OrderBy(p => p.CreationSequence).ToList() : matching.OrderByDescending(p => p.CreationSequence).ToList();
        var result = new JsonArray();
        if (offset < (ulong)ordered.Count)
        {
            foreach (var provider in ordered.Skip((int)offset).Take(take))
            {
                result.Add((JsonNode)render(provider));
            }
        }

        var body = new JsonObject
        {
            ["details"] = new JsonObject
            {
                ["totalResult"] = ordered.Count.ToString(CultureInfo.InvariantCulture),
                ["processedSequence"] = Store.ProcessedSequence.ToString(CultureInfo.InvariantCulture),
                ["viewTimestamp"] = ZitadelProvider.Timestamp(_settings.TimeProvider.GetUtcNow()),
            },
        };
        if (legacy)
        {
            body["sortingColumn"] = "IDP_FIELD_NAME_UNSPECIFIED";
        }

        body["result"] = result;
        return Json(body);
    }

    private static (JsonObject Config, Dictionary<string, string> Secrets) Split(ZitadelProviderKind kind, JsonObject body)
    {
        var config = new JsonObject();
        foreach (var field in kind.ConfigFields)
        {
            if (body[field] is { } value)
            {
                config[field] = value.DeepClone();
            }
        }

        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in kind.WriteOnlyFields)
        {
            if (Text(body, field) is { Length: > 0 } secret)
            {
                secrets[field] = secret;
            }
        }

        return (config, secrets);
    }

    private static void ApplySamlMetadata(JsonObject body, JsonObject config, bool required, string message)
    {
        var hasXml = body["metadataXml"] is not null;
        var url = Text(body, "metadataUrl");
        if (hasXml && url is not null)
        {
            throw ZitadelRpcException.Invalid($"invalid {message}: give metadataXml or metadataUrl, not both");
        }

        if (url is not null)
        {
            config["metadataXml"] = ZitadelSeedData.Metadata(url);
        }
        else if (!hasXml && required)
        {
            throw ZitadelRpcException.Invalid($"invalid {message}.Metadata: value is required (metadataXml or metadataUrl)");
        }
    }

    private static async Task ReadOptionalEmptyBodyAsync(HttpRequest request, string message)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            ZitadelRequestReader.Read(document.RootElement, [], message);
        }
        catch (JsonException)
        {
            throw ZitadelRpcException.Invalid("invalid character in request body: the body must be JSON");
        }
    }

    private static JsonNode? Copy(JsonObject body, string name) => body[name]?.DeepClone();

    private static string? Text(JsonObject body, string name) => body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) => ZitadelErrors.Json(body, status);
}
