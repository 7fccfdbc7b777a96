using System.Globalization;
using System.Text;
using Cloudflare.Access.Sdk;
using CsCheck;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Keycard.Sdk.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Waldur.Sdk;
using Xunit.Abstractions;
using Zitadel.Sdk;
using CloudflareModels = Cloudflare.Access.Sdk.Models;
using WaldurModels = Waldur.Sdk.Models;
using ZitadelModels = Zitadel.Sdk.Models;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>Where an operation puts the caller's value: one path segment, one query parameter, or one header.</summary>
public enum Carrier
{
    PathSegment,
    QueryValue,
    Header,
}

/// <summary>
/// One operation that sends a caller-supplied id, key, scope, filter or cursor.
/// </summary>
/// <param name="Name">The operation.</param>
/// <param name="Invoke">Calls the SDK with the hostile value (the handle's owner is the vendor client).</param>
/// <param name="Carrier">Where the value travels.</param>
/// <param name="Before">Path: the request path before the segment; query: the path; header: the path.</param>
/// <param name="After">Path: what follows the segment; query: the parameter name; header: the header name.</param>
/// <param name="ParamNames">The <see cref="ArgumentException.ParamName"/> a refusal may name.</param>
public sealed record IdOperation(string Name, Func<ClientHandle, string, Task> Invoke, Carrier Carrier, string Before, string After, params string[] ParamNames);

/// <summary>
/// Property: an id, key, scope, filter or cursor made of URL, header and parser syntax (see <see cref="HostileStrings"/>)
/// either is refused before anything is sent (an <see cref="ArgumentException"/> naming the parameter, and the server
/// sees no request), or reaches the server as exactly one request whose target is the operation's route with the value
/// as exactly one escaped path segment (or one query value, or one header value) that decodes back to the value. Checked
/// on the server, in the request target as it arrived (undecoded). No request ever carries a header the SDK did not mean
/// to send (no CR/LF injection).
/// </summary>
public sealed class HostileIdProperties(ITestOutputHelper output)
{
    public const int DefaultIterations = 2_000;

    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    // Every header any vendor client sends (a hostile value must never add one).
    private static readonly HashSet<string> ExpectedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "User-Agent", "Authorization", "Accept", "Accept-Encoding", "Content-Type", "Content-Length", "Transfer-Encoding",
        "traceparent", "tracestate", "baggage", "Request-Id", "Correlation-Context", "x-zitadel-orgid", "X-Auth-Email", "X-Auth-Key", "X-Auth-User-Service-Key",
    };

    private static readonly HashSet<string> ListQuery = new(StringComparer.Ordinal) { "page", "per_page", "page_size", "limit", "after", "before", "cursor", "identifier", "slug", "type", "expand[]" };

    public static TheoryData<string> VendorNames => [.. Vendors.All.Select(v => v.Vendor)];

    public static IReadOnlyList<IdOperation> Operations(string vendor) => vendor switch
    {
        IdentityProviderVendor.Keycard =>
        [
            new("IIdentityProviderClient.GetAsync", (c, v) => c.Client.GetAsync(v), Carrier.PathSegment, "/zones/zone-1/providers/", "", "id"),
            new("IIdentityProviderClient.DeleteAsync", (c, v) => c.Client.DeleteAsync(v), Carrier.PathSegment, "/zones/zone-1/providers/", "", "id"),
            new("providers.retrieve", (c, v) => Keycard(c).RetrieveAsync(KeycardHarness.Zone, v), Carrier.PathSegment, "/zones/zone-1/providers/", "", "id"),
            new("providers.update", (c, v) => Keycard(c).UpdateAsync(KeycardHarness.Zone, v, new ProviderUpdateRequest { Name = "renamed" }), Carrier.PathSegment, "/zones/zone-1/providers/", "", "id"),
            new("providers.delete", (c, v) => Keycard(c).DeleteAsync(KeycardHarness.Zone, v), Carrier.PathSegment, "/zones/zone-1/providers/", "", "id"),
            new("providers.retrieve (zone id)", (c, v) => Keycard(c).RetrieveAsync(v, "prv_1"), Carrier.PathSegment, "/zones/", "/providers/prv_1", "zoneId"),
            new("providers.list (zone id)", (c, v) => Keycard(c).ListPageAsync(v), Carrier.PathSegment, "/zones/", "/providers", "zoneId"),
            new("providers.list identifier filter", (c, v) => Keycard(c).ListPageAsync(KeycardHarness.Zone, new ProviderListOptions { Identifier = v }), Carrier.QueryValue, "/zones/zone-1/providers", "identifier", "options.Identifier"),
            new("providers.list slug filter", (c, v) => Keycard(c).ListPageAsync(KeycardHarness.Zone, new ProviderListOptions { Slug = v }), Carrier.QueryValue, "/zones/zone-1/providers", "slug", "options.Slug"),
            new("providers.list after cursor", (c, v) => Keycard(c).ListPageAsync(KeycardHarness.Zone, new ProviderListOptions { After = v }), Carrier.QueryValue, "/zones/zone-1/providers", "after", "options.After"),
            new("providers.list type filter", (c, v) => Keycard(c).ListPageAsync(KeycardHarness.Zone, new ProviderListOptions { Type = KeycardProviderType.Create(v) }), Carrier.QueryValue, "/zones/zone-1/providers", "type", "options.Type", "value"),
        ],
        IdentityProviderVendor.Cloudflare =>
        [
            new("IIdentityProviderClient.GetAsync", (c, v) => c.Client.GetAsync(v), Carrier.PathSegment, "/client/v4/accounts/acct-1/access/identity_providers/", "", "id", "identityProviderId"),
            new("IIdentityProviderClient.DeleteAsync", (c, v) => c.Client.DeleteAsync(v), Carrier.PathSegment, "/client/v4/accounts/acct-1/access/identity_providers/", "", "id", "identityProviderId"),
            new("identity_providers.get", (c, v) => Cloudflare(c).GetAsync(v), Carrier.PathSegment, "/client/v4/accounts/acct-1/access/identity_providers/", "", "identityProviderId"),
            new("identity_providers.update", (c, v) => Cloudflare(c).UpdateAsync(v, new CloudflareModels.OidcIdentityProvider { Name = "renamed" }), Carrier.PathSegment, "/client/v4/accounts/acct-1/access/identity_providers/", "", "identityProviderId"),
            new("identity_providers.delete", (c, v) => Cloudflare(c).DeleteAsync(v), Carrier.PathSegment, "/client/v4/accounts/acct-1/access/identity_providers/", "", "identityProviderId"),
            new("identity_providers.get (account scope)", (c, v) => Cloudflare(c).GetAsync("idp-1", CloudflareScope.Account(v)), Carrier.PathSegment, "/client/v4/accounts/", "/access/identity_providers/idp-1", "accountId"),
            new("identity_providers.list (zone scope)", (c, v) => Cloudflare(c).ListPageAsync(CloudflareScope.Zone(v)), Carrier.PathSegment, "/client/v4/zones/", "/access/identity_providers", "zoneId"),
        ],
        IdentityProviderVendor.Zitadel =>
        [
            new("IIdentityProviderClient.GetAsync", (c, v) => c.Client.GetAsync(v), Carrier.PathSegment, "/management/v1/idps/templates/", "", "id"),
            new("IIdentityProviderClient.DeleteAsync", (c, v) => c.Client.DeleteAsync(v), Carrier.PathSegment, "/management/v1/idps/templates/", "", "id"),
            new("GetProviderByID", (c, v) => Zitadel(c).Organization.GetProviderAsync(v), Carrier.PathSegment, "/management/v1/idps/templates/", "", "id"),
            new("GetProviderByID (instance)", (c, v) => Zitadel(c).Instance.GetProviderAsync(v), Carrier.PathSegment, "/admin/v1/idps/templates/", "", "id"),
            new("DeleteProvider", (c, v) => Zitadel(c).Organization.DeleteProviderAsync(v), Carrier.PathSegment, "/management/v1/idps/templates/", "", "id"),
            new("UpdateGenericOIDCProvider", (c, v) => Zitadel(c).Organization.UpdateGenericOidcProviderAsync(v, new ZitadelModels.UpdateGenericOidcProviderRequest { Name = "renamed", Issuer = "https://issuer.example", ClientId = "client" }), Carrier.PathSegment, "/management/v1/idps/generic_oidc/", "", "id"),
            new("DeactivateIDP (legacy)", (c, v) => DeactivateLegacyAsync(Zitadel(c), v), Carrier.PathSegment, "/management/v1/idps/", "/_deactivate", "id"),
            new("x-zitadel-orgid", (c, v) => Zitadel(c).ForOrganization(v).GetProviderAsync("1"), Carrier.Header, "/management/v1/idps/templates/1", "x-zitadel-orgid", "organizationId"),
        ],
        IdentityProviderVendor.Waldur =>
        [
            new("IIdentityProviderClient.GetAsync", (c, v) => c.Client.GetAsync(v), Carrier.PathSegment, "/api/identity-providers/", "/", "id", "provider"),
            new("IIdentityProviderClient.DeleteAsync", (c, v) => c.Client.DeleteAsync(v), Carrier.PathSegment, "/api/identity-providers/", "/", "id", "provider"),
            new("identity_providers.retrieve", (c, v) => Waldur(c).RetrieveAsync(v), Carrier.PathSegment, "/api/identity-providers/", "/", "provider"),
            new("identity_providers.partial_update", (c, v) => Waldur(c).PartialUpdateAsync(v, new WaldurModels.PatchedIdentityProviderRequest { IsActive = false }), Carrier.PathSegment, "/api/identity-providers/", "/", "provider"),
            new("identity_providers.destroy", (c, v) => Waldur(c).DeleteAsync(v), Carrier.PathSegment, "/api/identity-providers/", "/", "provider"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, null),
    };

    /// <param name="Operation">Picks the operation (modulo the vendor's operations).</param>
    /// <param name="Value">The hostile value.</param>
    public sealed record IdCase(int Operation, string Value);

    public static Gen<IdCase> Cases { get; } = Gen.Select(Gen.Int[0, 1000], HostileStrings.Value).Select((op, value) => new IdCase(op, value));

    [Theory]
    [MemberData(nameof(VendorNames))]
    public async Task HostileValuesAddressOnlyTheirOwnSegmentQueryOrHeader(string vendor)
    {
        var h = Vendors.Get(vendor);
        var operations = Operations(vendor);
        await using var server = await ScriptedServer.StartAsync();
        server.Respond(new ScriptedResponse(404, [new("Content-Type", "application/json")], Encoding.UTF8.GetBytes(h.ErrorBody(404, "not found"))));
        using var handle = h.CreateClient(server.Url, ClientSettings.Fast, NullLoggerFactory.Instance);
        var refused = new int[operations.Count];
        var sent = new int[operations.Count];

        string Print(IdCase c) => $"{vendor} {operations[c.Operation % operations.Count].Name} with {HostileStrings.Show(c.Value)}";

        async Task Property(IdCase c)
        {
            var op = operations[c.Operation % operations.Count];
            server.Reset();
            // Some refusals are synchronous (a scope or organization is validated when the client is built).
            async Task CallAsync() => await op.Invoke(handle, c.Value);
            var call = CallAsync();
            Exception? error = null;
            try
            {
                await call.WaitAsync(CaseTimeout);
            }
            catch (TimeoutException) when (!call.IsCompleted)
            {
                throw new Xunit.Sdk.XunitException($"the call did not finish within {CaseTimeout.TotalSeconds} s");
            }
            catch (Exception e)
            {
                error = e;
            }

            var received = server.Received;
            if (error is ArgumentException refusal)
            {
                refusal.ParamName.Should().BeOneOf(op.ParamNames, "a refusal names the parameter ({0})", refusal.Message);
                received.Should().BeEmpty("a refused value sends nothing");
                Interlocked.Increment(ref refused[c.Operation % operations.Count]);
                return;
            }

            error.Should().BeAssignableTo<IdentityProviderException>("the value is sent or refused with an ArgumentException; got {0}", error);
            server.Rejected.Should().BeEmpty("the request the SDK sent is valid HTTP");
            error.Should().BeOfType<IdentityProviderNotFoundException>("the server answers 404 to the one request");
            var request = received.Should().ContainSingle("exactly one request reaches the server").Subject;
            foreach (var (name, value) in request.Headers)
            {
                ExpectedHeaders.Should().Contain(name, "no header is injected");
                value.Should().NotContainAny(["\r", "\n", "\0"]);
            }

            var (path, query) = Split(request.RawTarget);
            switch (op.Carrier)
            {
                case Carrier.PathSegment:
                    path.Should().StartWith(op.Before).And.EndWith(op.After);
                    path.Length.Should().BeGreaterThan(op.Before.Length + op.After.Length - 1);
                    var segment = path[op.Before.Length..^op.After.Length];
                    segment.Should().NotContainAny(["/", "?", "#", "\\"], "the value is one segment");
                    segment.Should().MatchRegex("^[A-Za-z0-9%._~!$&'()*+,;=:@-]*$", "a path segment holds only pchar");
                    var decoded = Uri.UnescapeDataString(segment);
                    decoded.Should().Be(c.Value, "the server reads back exactly the value");
                    decoded.Should().NotBe(".").And.NotBe("..");
                    QueryNames(query).Where(n => !ListQuery.Contains(n)).Should().BeEmpty("the value adds no parameter");
                    break;
                case Carrier.QueryValue:
                    path.Should().Be(op.Before);
                    var pairs = QueryPairs(query);
                    pairs.Select(p => p.Name).Where(n => !ListQuery.Contains(n)).Should().BeEmpty("the value adds no parameter");
                    pairs.Where(p => p.Name == op.After).Should().ContainSingle().Which.Value.Should().Be(c.Value, "the query value decodes to the value");
                    break;
                case Carrier.Header:
                    path.Should().Be(op.Before);
                    request.HeaderValues(op.After).Should().ContainSingle().Which.Should().Be(c.Value, "the header carries exactly the value");
                    break;
            }

            Interlocked.Increment(ref sent[c.Operation % operations.Count]);
        }

        var report = await PropertyRunner.RunAsync($"hostile ids/{vendor}", Cases, Property, Print, PropertySettings.Iterations(DefaultIterations), output);
        for (var i = 0; i < operations.Count; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vendor} {operations[i].Name}: {sent[i]} sent, {refused[i]} refused"));
        }

        sent.Sum().Should().BeGreaterThan(report.Cases / 4, "most hostile values are legitimate ids that must be sent, escaped");
    }

    private static (string Path, string Query) Split(string target)
    {
        var q = target.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? (target, string.Empty) : (target[..q], target[(q + 1)..]);
    }

    private static IEnumerable<string> QueryNames(string query) => QueryPairs(query).Select(p => p.Name);

    // Form decoding, as servers read a query: '+' is a space, so an SDK that left '+' unescaped would be caught.
    private static List<(string Name, string Value)> QueryPairs(string query) =>
        query.Length == 0
            ? []
            : [.. query.Split('&').Select(pair =>
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? pair : pair[..eq];
                var value = eq < 0 ? string.Empty : pair[(eq + 1)..];
                return (Uri.UnescapeDataString(name.Replace('+', ' ')), Uri.UnescapeDataString(value.Replace('+', ' ')));
            })];

    private static ProvidersClient Keycard(ClientHandle c) => ((KeycardClient)c.Owner).Zones.Providers;

    private static Cloudflare.Access.Sdk.IdentityProvidersClient Cloudflare(ClientHandle c) => ((CloudflareAccessClient)c.Owner).IdentityProviders;

    private static ZitadelClient Zitadel(ClientHandle c) => (ZitadelClient)c.Owner;

    // The legacy API is deprecated but still shipped: a hostile id must not escape its segment there either.
#pragma warning disable CS0618
    private static Task<ZitadelModels.ObjectDetails> DeactivateLegacyAsync(ZitadelClient client, string id) => client.Organization.DeactivateIdpAsync(id);
#pragma warning restore CS0618

    private static Waldur.Sdk.IdentityProvidersClient Waldur(ClientHandle c) => ((WaldurClient)c.Owner).IdentityProviders;
}
