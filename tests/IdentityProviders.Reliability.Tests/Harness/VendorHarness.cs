using System.Text.Json;
using System.Text.Json.Nodes;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Http;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.RequestBuilders;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>One provider as the matrix knows it: the vendor id and display name the normalized record must carry.</summary>
public sealed record TestItem(string Id, string Name);

/// <summary>How a rendered list page lies about the listing (for the "total that lies" scenarios).</summary>
public sealed record PageSignals
{
    /// <summary>The total the page claims instead of the real one.</summary>
    public long? ClaimedTotal { get; init; }

    /// <summary>Whether the last page still claims there is a next page.</summary>
    public bool ClaimMoreAfterLast { get; init; }

    /// <summary>For link/cursor vendors: the page index the "next" signal points to instead of the following one.</summary>
    public int? NextPointsTo { get; init; }

    /// <summary>Waldur: the origin of the <c>Link</c> header's URLs instead of the server's.</summary>
    public Uri? LinkOrigin { get; init; }
}

/// <summary>A response as the vendor sends it: status, body and headers.</summary>
public sealed record WireResponse(int Status, string Body, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public static WireResponse Json(string body, int status = 200, params KeyValuePair<string, string>[] headers) => new(status, body, headers);
}

/// <summary>A client built by a harness, plus what owns its connections.</summary>
public sealed record ClientHandle(IIdentityProviderClient Client, IDisposable Owner, IdentityProviderClientOptions Options) : IDisposable
{
    public void Dispose() => Owner.Dispose();
}

/// <summary>
/// Everything the matrix needs to know about one vendor, so that each scenario is written once: the wire format of a
/// list page (with its pagination signals), of one provider and of an error; how to recognise a page request in
/// WireMock; how to build the SDK client (as <see cref="IIdentityProviderClient"/>) with given pipeline settings; and
/// the vendor-specific spots a hostile response breaks.
/// </summary>
public abstract class VendorHarness
{
    public abstract string Vendor { get; }

    public abstract string ListOperation { get; }

    public abstract string GetOperation { get; }

    public abstract string CreateOperation { get; }

    /// <summary>The response header the vendor's error parser reads the request id from.</summary>
    public abstract string RequestIdHeader { get; }

    /// <summary>Items on a full page as this harness serves them (Zitadel must fill the limit it asked for).</summary>
    public abstract int PageSize { get; }

    /// <summary>The path the client appends to its base address (Cloudflare keeps <c>/client/v4</c>).</summary>
    public virtual string BasePath => string.Empty;

    /// <summary>The standard listing: two full pages and a half page.</summary>
    public IReadOnlyList<TestItem> StandardItems => Items(PageSize * 2 + Math.Max(1, PageSize / 2));

    public IReadOnlyList<TestItem> Items(int count) => [.. Enumerable.Range(1, count).Select(Item)];

    public abstract TestItem Item(int index);

    /// <summary>The provider as the vendor sends it, including a secret the vendor (or a hostile server) returns.</summary>
    public abstract JsonObject ItemJson(TestItem item);

    // ---- list -------------------------------------------------------------------------------------------------

    /// <summary>Matches the request for page <paramref name="pageIndex"/> (0-based) of the listing.</summary>
    public abstract IRequestBuilder ListPageRequest(int pageIndex);

    /// <summary>Whether a received request asked for page <paramref name="pageIndex"/>.</summary>
    public abstract bool IsListPage(IRequestMessage request, int pageIndex);

    /// <summary>Page <paramref name="pageIndex"/> of <paramref name="all"/>, with the vendor's pagination signals.</summary>
    public WireResponse ListPage(Uri serverUrl, IReadOnlyList<TestItem> all, int pageIndex, PageSignals? signals = null)
    {
        var items = all.Skip(pageIndex * PageSize).Take(PageSize).Select(ItemJson).ToList();
        var lastIndex = (all.Count - 1) / PageSize;
        return RenderListPage(serverUrl, items, pageIndex, lastIndex, all.Count, signals ?? new PageSignals());
    }

    /// <summary>Renders a list page holding <paramref name="items"/>.</summary>
    protected abstract WireResponse RenderListPage(Uri serverUrl, IReadOnlyList<JsonObject> items, int pageIndex, int lastIndex, long total, PageSignals signals);

    /// <summary>What the server answers for a page past the end (an empty page; Waldur: DRF's 404 "Invalid page.").</summary>
    public virtual WireResponse PastTheEnd(Uri serverUrl, int pageIndex, long claimedTotal) =>
        RenderListPage(serverUrl, [], pageIndex, pageIndex, claimedTotal, new PageSignals { ClaimedTotal = claimedTotal });

    // ---- get / create -----------------------------------------------------------------------------------------

    /// <summary>The path of one provider (what a GET of <paramref name="escapedId"/> addresses).</summary>
    public abstract string ItemPath(string escapedId);

    public IRequestBuilder GetRequest(string id) => Request.Create().UsingGet().WithPath(ItemPath(id));

    /// <summary>The body of a successful GET around an item (Cloudflare envelope, Zitadel <c>{"idp": ...}</c>).</summary>
    public abstract string GetBody(JsonNode? item);

    /// <summary>The path the create (POST) goes to.</summary>
    public abstract string CreatePath { get; }

    public IRequestBuilder CreateRequest() => Request.Create().UsingPost().WithPath(CreatePath);

    /// <summary>The successful answer to the create request.</summary>
    public abstract WireResponse CreatedResponse(TestItem item);

    /// <summary>The field of the create request that carries the definition's name.</summary>
    public virtual string CreateNameField => "name";

    /// <summary>Whether the create reads the provider back with a GET (Zitadel answers an add with the id only).</summary>
    public virtual bool CreateReadsBack => false;

    /// <summary>A definition carrying every field any vendor requires (the vendor's RequiredOidcFields are a subset).</summary>
    public virtual OidcProviderDefinition Definition(string name) => new()
    {
        Name = name,
        Issuer = "https://issuer.reliability.example",
        ClientId = "reliability-client",
        ClientSecret = Secrets.ClientSecret,
        Scopes = ["openid", "email", "profile"],
        AuthorizationEndpoint = "https://issuer.reliability.example/authorize",
        TokenEndpoint = "https://issuer.reliability.example/token",
        UserInfoEndpoint = "https://issuer.reliability.example/userinfo",
        JwksUri = "https://issuer.reliability.example/jwks",
        UsePkce = true,
    };

    /// <summary>The item a successful create of <see cref="Definition"/> yields.</summary>
    public abstract TestItem CreatedItem { get; }

    // ---- errors -----------------------------------------------------------------------------------------------

    /// <summary>The vendor's error body.</summary>
    public abstract string ErrorBody(int status, string message);

    // ---- client -----------------------------------------------------------------------------------------------

    public ClientHandle CreateClient(Uri baseAddress, ClientSettings settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var root = settings.BaseAddressOverride ?? baseAddress;
        return CreateClientCore(new Uri(root, BasePath), options =>
        {
            options.Retry = settings.Retry;
            options.Timeout = settings.Timeout;
            options.MaxResponseContentBytes = settings.MaxResponseContentBytes;
            options.LogBodies = settings.LogBodies;
            options.AllowInsecureHttp = settings.AllowInsecureHttp;
            options.LoggerFactory = loggerFactory;
        });
    }

    protected abstract ClientHandle CreateClientCore(Uri baseAddress, Action<IdentityProviderClientOptions> configure);

    // ---- hostile knobs ----------------------------------------------------------------------------------------

    /// <summary>A GET body that lacks a field the vendor's model requires.</summary>
    public abstract string GetBodyMissingRequiredField(TestItem item);

    /// <summary>Puts a JSON number where the model expects a string.</summary>
    public virtual void PutNumberWhereStringExpected(JsonObject item) => item["name"] = 12345;

    /// <summary>Puts a JSON string where the model expects a number or boolean.</summary>
    public abstract void PutStringWhereNumberExpected(JsonObject item);

    /// <summary>Turns the item into a variant (enum value, union case) this SDK version does not know; it carries a secret.</summary>
    public abstract void MakeUnknownVariant(JsonObject item);

    /// <summary>Checks that the unknown variant came through, preserved.</summary>
    public abstract void AssertUnknownVariantPreserved(IdentityProviderInfo info);

    /// <summary>Where deep nesting goes: a spot the model keeps as raw JSON or ignores.</summary>
    public virtual JsonObject DeepNestingHost(JsonObject item) => item;

    /// <summary>The unknown fields the vendor model kept.</summary>
    public abstract IReadOnlyDictionary<string, JsonElement> AdditionalProperties(object vendorModel);

    protected static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items.Cast<JsonNode>()]);

    protected static KeyValuePair<string, string> HeaderPair(string name, string value) => new(name, value);
}
