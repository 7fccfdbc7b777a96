using System.Text.Json.Nodes;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// The secrets of the matrix (see <see cref="Secrets"/>) with body logging ON at Trace level: every request and
/// response body goes to the log, redacted. Every other matrix case also checks for secrets, with the default (off).
/// </summary>
public sealed class SecretTests(VendorServers servers) : IClassFixture<VendorServers>
{
    private static readonly ClientSettings Logged = ClientSettings.Fast with { LogBodies = true };

    public sealed record Scenario(string Name, Func<MatrixRun, Task> Run) : IScenario;

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        new("list of providers carrying secrets (3 pages)", ListWithSecrets),
        new("get: secrets inside unknown fields and an unknown variant", GetWithHiddenSecrets),
        new("create: the request body carries the client secret", CreateWithSecret),
        new("create rejected with HTTP 400 (error body logged)", CreateRejected),
        new("persistent HTTP 503 on page 2 (retries logged)", PersistentFailure),
        new("HTML page echoing the Authorization header", HtmlEcho),
    ];

    public static TheoryData<string, string> Cases => Harness.Matrix.Cases(Scenarios);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NoSecretIsEverPrinted(string scenario, string vendor)
    {
        using var run = new MatrixRun(servers, vendor);
        await Harness.Matrix.Find(Scenarios, scenario).Run(run);
        run.Logs.Entries.Should().Contain(e => e.StartsWith("Trace", StringComparison.Ordinal) && e.Contains(" body ", StringComparison.Ordinal), "bodies were logged, so the check means something");
        run.AssertNoSecrets();
    }

    private static async Task ListWithSecrets(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        var outcome = await run.ListAsync(run.Client(Logged));
        outcome.Error.Should().BeNull();
        outcome.Ids.Should().Equal(h.StandardItems.Select(i => i.Id));
        run.Requests.Should().OnlyContain(r => r.Body == null || !r.Body.Contains(Secrets.ResponseSecret, StringComparison.Ordinal));
        run.Logs.AllText.Should().Contain("***REDACTED***", "the response secrets were logged redacted");
    }

    private static async Task GetWithHiddenSecrets(MatrixRun run)
    {
        var h = run.Harness;
        var item = h.Item(3);
        var json = h.ItemJson(item);
        h.MakeUnknownVariant(json);
        json["x_future_credentials"] = new JsonObject { ["password"] = Secrets.ResponseSecret, ["nested"] = new JsonObject { ["api_key"] = Secrets.ResponseSecret } };
        run.Respond(h.GetRequest(item.Id), WireResponse.Json(h.GetBody(json)), priority: 1);
        var client = run.Client(Logged);

        var (info, error) = await run.CaptureAsync(() => client.GetAsync(item.Id));

        error.Should().BeNull();
        h.AssertUnknownVariantPreserved(info!);
    }

    private static async Task CreateWithSecret(MatrixRun run)
    {
        var h = run.Harness;
        run.Respond(h.CreateRequest(), h.CreatedResponse(h.CreatedItem));
        run.Respond(h.GetRequest(h.CreatedItem.Id), WireResponse.Json(h.GetBody(h.ItemJson(h.CreatedItem))));
        var client = run.Client(Logged);

        var (info, error) = await run.CaptureAsync(() => client.CreateOidcAsync(h.Definition(h.CreatedItem.Name)));

        error.Should().BeNull();
        info!.Id.Should().Be(h.CreatedItem.Id);
        run.Requests.Should().Contain(r => r.Method == "POST" && r.Body!.Contains(Secrets.ClientSecret, StringComparison.Ordinal));
        run.Logs.Entries.Should().Contain(e => e.Contains("HTTP request body", StringComparison.Ordinal) && e.Contains("***REDACTED***", StringComparison.Ordinal));
    }

    private static async Task CreateRejected(MatrixRun run)
    {
        var h = run.Harness;
        run.Respond(h.CreateRequest(), FaultCatalog.Error(h, 400));
        var client = run.Client(Logged);

        var (_, error) = await run.CaptureAsync(() => client.CreateOidcAsync(h.Definition(h.CreatedItem.Name)));

        error.Should().BeOfType<IdentityProviderBadRequestException>();
    }

    private static async Task PersistentFailure(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        run.Respond(h.ListPageRequest(1), FaultCatalog.Status(503).Build(h, run.Page(1)), priority: 1);

        var outcome = await run.ListAsync(run.Client(Logged));

        outcome.Error.Should().BeOfType<IdentityProviderServerException>();
        run.RetryDelaysMs().Should().HaveCount(ClientSettings.Fast.Retry.MaxRetries);
    }

    private static async Task HtmlEcho(MatrixRun run)
    {
        var h = run.Harness;
        var item = h.Item(2);
        run.Respond(
            h.GetRequest(item.Id),
            Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody($"<html><body>Debug: Authorization: Bearer {Secrets.ApiToken}</body></html>"),
            priority: 1);
        var client = run.Client(Logged);

        var (_, error) = await run.CaptureAsync(() => client.GetAsync(item.Id));

        error.Should().BeOfType<IdentityProviderResponseFormatException>();
    }
}
