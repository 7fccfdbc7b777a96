using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using WireMock.RequestBuilders;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// A hostile provider id must address exactly that provider: checked on the server, in the request target as it
/// arrived (undecoded). Either the SDK refuses the id before sending (<see cref="ArgumentException"/>), or it sends one
/// request whose last path segment is the id, escaped, with no '/', '?' or '#' of its own and no dot segment.
/// </summary>
public sealed class PathEscapingTests(VendorServers servers) : IClassFixture<VendorServers>
{
    /// <param name="Name">The scenario.</param>
    /// <param name="Value">The id.</param>
    /// <param name="MustRefuse">Whether every vendor must refuse it before sending (a dot segment names another URL).</param>
    public sealed record Id(string Name, string Value, bool MustRefuse = false) : IScenario;

    public static IReadOnlyList<Id> Ids { get; } =
    [
        new("slash", "a/b"),
        new("question mark", "a?x=1"),
        new("hash", "a#frag"),
        new("already escaped slash", "a%2Fb"),
        new("space", "a b"),
        new("non-ASCII", "ünï-ø"),
        new("backslash", "a\\b"),
        new("dot-dot segment", "..", MustRefuse: true),
        new("dot segment", ".", MustRefuse: true),
        new("dot-dot prefix", "../admin"),
        new("escaped dot-dot", "%2e%2e"),
    ];

    public static TheoryData<string, string> Cases => Harness.Matrix.Cases(Ids);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileIdAddressesOnlyThatProvider(string scenario, string vendor)
    {
        var row = Harness.Matrix.Find(Ids, scenario);
        var id = row.Value;
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        run.Respond(Request.Create().UsingAnyMethod(), FaultCatalog.Error(h, 404));
        var client = run.Client();

        var (_, error) = await run.CaptureAsync(() => client.GetAsync(id));

        MatrixRun.AssertDocumented(error);
        if (row.MustRefuse)
        {
            error.Should().BeAssignableTo<ArgumentException>("'{0}' as a path segment would address another resource", id);
        }

        if (error is ArgumentException)
        {
            run.Server.RawTargets.Should().BeEmpty("a refused id sends nothing");
        }
        else
        {
            error.Should().BeOfType<IdentityProviderNotFoundException>();
            var target = run.Server.RawTargets.Should().ContainSingle().Subject;
            var shape = h.ItemPath("\0").Split('\0');
            target.Should().StartWith(shape[0]).And.EndWith(shape[1]);
            var segment = target[shape[0].Length..^shape[1].Length];
            segment.Should().NotContainAny(["/", "?", "#", "\\"]);
            segment.Should().NotBe("..").And.NotBe(".");
            Uri.UnescapeDataString(segment).Should().Be(id, "the server sees exactly the id");
        }

        run.AssertNoSecrets();
    }

    public static IReadOnlyList<Id> Names { get; } =
    [
        new("quotes and backslashes", "Acme \"SSO\" \\ corp"),
        new("line breaks and tabs", "Acme\r\nSSO\tcorp"),
        new("markup", "<script>alert(1)</script>"),
        new("non-ASCII and emoji", "Ünïcødé 🦄 IdP"),
        new("path traversal", "../../etc/passwd"),
        new("URL syntax", "a%2Fb?x=1#frag&y=2"),
    ];

    public static TheoryData<string, string> NameCases => Harness.Matrix.Cases(Names);

    [Theory]
    [MemberData(nameof(NameCases))]
    public async Task HostileNameTravelsIntactInTheBody(string scenario, string vendor)
    {
        var name = Harness.Matrix.Find(Names, scenario).Value;
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        run.Respond(h.CreateRequest(), h.CreatedResponse(h.CreatedItem));
        run.Respond(h.GetRequest(h.CreatedItem.Id), WireResponse.Json(h.GetBody(h.ItemJson(h.CreatedItem))));
        var client = run.Client();

        var (_, error) = await run.CaptureAsync(() => client.CreateOidcAsync(h.Definition(name)));

        error.Should().BeNull();
        var post = run.Requests.Should().ContainSingle(r => r.Method == "POST").Subject;
        post.Path.Should().Be(h.CreatePath, "a name never changes where the request goes");
        using var body = System.Text.Json.JsonDocument.Parse(post.Body!);
        body.RootElement.GetProperty(h.CreateNameField).GetString().Should().Be(name, "the server reads back exactly the name sent");
        if (h.Vendor == IdentityProviderVendor.Waldur)
        {
            body.RootElement.GetProperty("provider").GetString().Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$", "the path key derived from a name is always a safe segment");
        }

        run.AssertNoSecrets();
    }
}
