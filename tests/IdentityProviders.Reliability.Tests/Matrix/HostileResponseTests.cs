using System.Text;
using System.Text.Json.Nodes;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// Broken and hostile answers: what a proxy, a newer server or a buggy one may send. Each either comes through as the
/// SDK documents (unknown fields and variants kept) or fails with a documented exception after one attempt (a complete
/// 2xx answer is the server's answer: it is not retried). Never a JsonException, a NullReferenceException or a crash.
/// </summary>
public sealed class HostileResponseTests(VendorServers servers) : IClassFixture<VendorServers>
{
    private const long OverCap = 17L * 1024 * 1024;
    private const int UnderCap = 3 * 1024 * 1024;
    private const int Depth = 10_000;

    /// <param name="Name">The scenario.</param>
    /// <param name="Respond">The answer to GET of the item.</param>
    /// <param name="Fails">The exact exception type, or <see langword="null"/> when the GET succeeds.</param>
    /// <param name="Check">Checks a successful result.</param>
    /// <param name="MessageContains">Text the exception message must contain.</param>
    /// <param name="OnlyFor">The vendors the scenario applies to.</param>
    public sealed record GetScenario(
        string Name,
        Func<VendorHarness, TestItem, IResponseBuilder> Respond,
        Type? Fails = null,
        Action<VendorHarness, IdentityProviderInfo>? Check = null,
        string? MessageContains = null,
        IReadOnlyCollection<string>? OnlyFor = null) : IScenario;

    private static readonly Type Format = typeof(IdentityProviderResponseFormatException);

    public static IReadOnlyList<GetScenario> GetScenarios { get; } =
    [
        new("HTML page with 200", (_, _) => Raw(200, "<!DOCTYPE html><html><body><h1>Down for maintenance</h1></body></html>", "text/html; charset=utf-8"), Format, MessageContains: "text/html"),
        new("empty body with 200", (_, _) => Raw(200, string.Empty), Format, MessageContains: "empty"),
        new("WireMock FaultType.EMPTY_RESPONSE", (h, i) => Ok(h.GetBody(h.ItemJson(i))).WithFault(FaultType.EMPTY_RESPONSE), Format),
        new("WireMock FaultType.MALFORMED_RESPONSE_CHUNK", (h, i) => Ok(h.GetBody(h.ItemJson(i))).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK), Format),
        new("JSON null body", (_, _) => Raw(200, "null"), Format, MessageContains: "null"),
        new("wrong root JSON type (array)", (_, _) => Raw(200, "[1,2,3]"), Format),
        new("wrong root JSON type (string)", (_, _) => Raw(200, "\"ok\""), Format),
        new("missing required fields", (h, i) => Ok(h.GetBodyMissingRequiredField(i)), Format),
        new("extra unknown fields kept in AdditionalProperties", (h, i) => Ok(h.GetBody(WithExtraFields(h.ItemJson(i)))), Check: CheckExtraFields),
        new("unknown enum/union values preserved", (h, i) => Ok(h.GetBody(Mutate(h.ItemJson(i), h.MakeUnknownVariant))), Check: (h, info) => h.AssertUnknownVariantPreserved(info)),
        new("number where a string is expected", (h, i) => Ok(h.GetBody(Mutate(h.ItemJson(i), h.PutNumberWhereStringExpected))), Format),
        new("string where a number or boolean is expected", (h, i) => Ok(h.GetBody(Mutate(h.ItemJson(i), h.PutStringWhereNumberExpected))), Format),
        new("deeply nested JSON (10,000 levels)", (h, i) => Ok(Placeholder(h, i, new string('[', Depth) + new string(']', Depth))), Format),
        new("invalid UTF-8 in a string", (h, i) => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(InvalidUtf8(h, i)), Format),
        new("17 MiB body over the 16 MiB cap (Content-Length)", (h, i) => Ok(Placeholder(h, i, Padding(OverCap))), Format, MessageContains: "MaxResponseContentBytes"),
        new("17 MiB body over the 16 MiB cap (chunked, no Content-Length)", (h, i) => Ok(Placeholder(h, i, Padding(OverCap))).WithSocketFault(Faults.Chunked), Format, MessageContains: "MaxResponseContentBytes"),
        new("3 MiB body under the cap", (h, i) => Ok(Placeholder(h, i, Padding(UnderCap))), Check: CheckUnderCap),
        new("404 with an HTML body (a proxy's page)", (h, _) => Raw(404, "<html><body>Not Found</body></html>", "text/html").WithHeader(h.RequestIdHeader, "rid-html-404"), typeof(IdentityProviderNotFoundException), MessageContains: "rid-html-404"),
        new("V4 envelope success:false with HTTP 200", (h, _) => Ok(h.ErrorBody(403, "Authentication error")), typeof(IdentityProviderPermissionDeniedException), MessageContains: "reported in an HTTP 200 response", OnlyFor: [IdentityProviderVendor.Cloudflare]),
    ];

    public static TheoryData<string, string> GetCases => Harness.Matrix.Cases(GetScenarios);

    [Theory]
    [MemberData(nameof(GetCases))]
    public async Task GetWithHostileResponse(string scenario, string vendor)
    {
        var s = Harness.Matrix.Find(GetScenarios, scenario);
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        var item = h.Item(7);
        run.Respond(h.GetRequest(item.Id), s.Respond(h, item), priority: 1);
        var client = run.Client();

        var (info, error) = await run.CaptureAsync(() => client.GetAsync(item.Id));

        if (s.Fails is null)
        {
            error.Should().BeNull();
            info!.Id.Should().Be(item.Id);
            info.Name.Should().Be(item.Name);
            s.Check?.Invoke(h, info);
        }
        else
        {
            MatrixRun.AssertDocumented(error);
            error.Should().BeOfType(s.Fails);
            var sdk = (IdentityProviderException)error!;
            sdk.Vendor.Should().Be(h.Vendor);
            sdk.Operation.Should().Be(h.GetOperation);
            if (s.MessageContains is { } text)
            {
                error!.Message.Should().Contain(text);
            }
        }

        run.Requests.Should().ContainSingle("a complete answer is not retried, whatever its content");
        run.AssertNoSecrets();
    }

    /// <param name="Name">The scenario.</param>
    /// <param name="Arrange">Serves the listing.</param>
    /// <param name="Verify">Checks the outcome.</param>
    /// <param name="OnlyFor">The vendors the scenario applies to.</param>
    public sealed record ListScenario(string Name, Action<MatrixRun> Arrange, Func<MatrixRun, ListOutcome, Task> Verify, IReadOnlyCollection<string>? OnlyFor = null) : IScenario;

    public static IReadOnlyList<ListScenario> ListScenarios { get; } =
    [
        new("page total that lies (claims 1000, pages end)", ArrangeLyingTotal, VerifyLyingTotal),
        new("server ignores the page parameter (repeats page 1)", ArrangeRepeatedPage, VerifyRepeatedPage),
        new("next cursor/link points back to the page just fetched", ArrangePointsBack, VerifyPointsBack, [IdentityProviderVendor.Keycard, IdentityProviderVendor.Waldur]),
        new("Link rel=next to another origin", ArrangeForeignLink, VerifyForeignLink, [IdentityProviderVendor.Waldur]),
    ];

    public static TheoryData<string, string> ListCases => Harness.Matrix.Cases(ListScenarios);

    [Theory]
    [MemberData(nameof(ListCases))]
    public async Task ListWithHostilePagination(string scenario, string vendor)
    {
        var s = Harness.Matrix.Find(ListScenarios, scenario);
        using var run = new MatrixRun(servers, vendor);
        s.Arrange(run);

        var outcome = await run.ListAsync(run.Client());

        if (outcome.Error is not null)
        {
            MatrixRun.AssertDocumented(outcome.Error);
        }

        outcome.Ids.Should().OnlyHaveUniqueItems();
        await s.Verify(run, outcome);
        run.AssertNoSecrets();
    }

    private static void ArrangeLyingTotal(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems, new PageSignals { ClaimedTotal = 1000, ClaimMoreAfterLast = true });
        run.Respond(h.ListPageRequest(3), h.PastTheEnd(run.Server.Url, 3, 1000));
    }

    private static Task VerifyLyingTotal(MatrixRun run, ListOutcome outcome)
    {
        var h = run.Harness;
        outcome.Error.Should().BeNull("the listing ends on an empty page, a short page or DRF's 404 past the end");
        outcome.Ids.Should().Equal(h.StandardItems.Select(i => i.Id));
        // Zitadel stops on the short third page; the others ask once past the end and stop there.
        run.PageRequests(3).Should().Be(h.Vendor == IdentityProviderVendor.Zitadel ? 0 : 1);
        run.Requests.Should().HaveCountLessThanOrEqualTo(4);
        return Task.CompletedTask;
    }

    private static void ArrangeRepeatedPage(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        run.Respond(h.ListPageRequest(1), run.Page(0), priority: 1);
    }

    private static Task VerifyRepeatedPage(MatrixRun run, ListOutcome outcome)
    {
        var h = run.Harness;
        outcome.Error.Should().BeOfType<IdentityProviderPaginationException>().Which.Message.Should().Contain("no progress");
        outcome.Ids.Should().Equal(h.StandardItems.Take(h.PageSize).Select(i => i.Id), "the repeated page is not yielded again");
        run.PageRequests(1).Should().Be(1);
        run.Requests.Should().HaveCount(2, "no loop");
        return Task.CompletedTask;
    }

    private static void ArrangePointsBack(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        run.Respond(h.ListPageRequest(1), h.ListPage(run.Server.Url, h.StandardItems, 1, new PageSignals { NextPointsTo = 1 }), priority: 1);
    }

    private static Task VerifyPointsBack(MatrixRun run, ListOutcome outcome)
    {
        var h = run.Harness;
        outcome.Error.Should().BeOfType<IdentityProviderPaginationException>().Which.Message.Should().Contain("no progress");
        outcome.Ids.Should().Equal(h.StandardItems.Take(h.PageSize * 2).Select(i => i.Id), "pages 1 and 2 once each");
        // Keycard sees the repeated cursor before asking; Waldur's link carries a page number, asked once more.
        run.Requests.Should().HaveCount(h.Vendor == IdentityProviderVendor.Keycard ? 2 : 3);
        return Task.CompletedTask;
    }

    private static void ArrangeForeignLink(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems, new PageSignals { LinkOrigin = run.Foreign.Url });
        run.Foreign.Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod()).RespondWith(MatrixRun.Build(run.Page(1)));
    }

    private static Task VerifyForeignLink(MatrixRun run, ListOutcome outcome)
    {
        var h = run.Harness;
        outcome.Error.Should().BeOfType<IdentityProviderPaginationException>().Which.Message.Should().Contain("another origin");
        outcome.Ids.Should().Equal(h.StandardItems.Take(h.PageSize).Select(i => i.Id));
        run.Foreign.Requests.Should().BeEmpty("credentials are never sent to another origin");
        run.Requests.Should().ContainSingle();
        return Task.CompletedTask;
    }

    private static IResponseBuilder Raw(int status, string body, string contentType = "application/json") =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body);

    private static IResponseBuilder Ok(string body) => Raw(200, body);

    private static JsonObject Mutate(JsonObject item, Action<JsonObject> mutation)
    {
        mutation(item);
        return item;
    }

    private static JsonObject WithExtraFields(JsonObject item)
    {
        item["x_future_field"] = new JsonObject { ["depth"] = 1, ["list"] = new JsonArray(1, 2) };
        item["x_future_credentials"] = new JsonObject { ["password"] = Secrets.ResponseSecret };
        return item;
    }

    private static void CheckExtraFields(VendorHarness h, IdentityProviderInfo info)
    {
        var extra = h.AdditionalProperties(info.VendorModel);
        extra.Should().ContainKey("x_future_field");
        extra["x_future_field"].GetProperty("depth").GetInt32().Should().Be(1);
        extra.Should().ContainKey("x_future_credentials", "kept, and written back unchanged; ToString must not print it");
    }

    private static void CheckUnderCap(VendorHarness h, IdentityProviderInfo info) =>
        h.AdditionalProperties(info.VendorModel)["x_padding"].GetString().Should().HaveLength(UnderCap);

    /// <summary>A GET body with <c>x_padding</c> (in the vendor's nesting host) set to <paramref name="rawJson"/>, built as text.</summary>
    private static string Placeholder(VendorHarness h, TestItem item, string rawJson)
    {
        var json = h.ItemJson(item);
        var host = rawJson.StartsWith('[') ? h.DeepNestingHost(json) : json;
        host["x_padding"] = "__PLACEHOLDER__";
        return h.GetBody(json).Replace("\"__PLACEHOLDER__\"", rawJson, StringComparison.Ordinal);
    }

    private static string Padding(long length) => "\"" + new string('x', checked((int)length)) + "\"";

    private static byte[] InvalidUtf8(VendorHarness h, TestItem item)
    {
        var text = Encoding.UTF8.GetBytes(h.GetBody(h.ItemJson(item with { Name = "__BAD__" })));
        var marker = Encoding.UTF8.GetBytes("__BAD__");
        var at = text.AsSpan().IndexOf(marker);
        text[at] = 0xC3;
        text[at + 1] = 0x28;
        return text;
    }
}
