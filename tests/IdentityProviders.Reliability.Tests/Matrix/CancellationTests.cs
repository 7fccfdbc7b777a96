using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// Cancellation at every stage ends the operation promptly with <see cref="OperationCanceledException"/> (never a
/// timeout or connection exception), and leaves nothing running: the server sees the connection go away and no
/// request arrives afterwards.
/// </summary>
public sealed class CancellationTests(VendorServers servers) : IClassFixture<VendorServers>
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    // Timeouts far beyond the test, so that only the caller's token can end the operation.
    private static readonly ClientSettings Patient = ClientSettings.Fast.WithAttemptTimeout(TimeSpan.FromSeconds(60)) with { Timeout = TimeSpan.FromSeconds(100) };

    public sealed record Scenario(string Name, Func<MatrixRun, Task> Run) : IScenario;

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        new("before sending: list with a cancelled token", PreCancelledList),
        new("before sending: get with a cancelled token", PreCancelledGet),
        new("before sending: create with a cancelled token", PreCancelledCreate),
        new("during Retry-After backoff (30 s)", DuringBackoff),
        new("waiting for response headers", WaitingForHeaders),
        new("mid-body", MidBody),
        new("mid-enumeration, between pages", BetweenPages),
        new("mid-enumeration, during the page 2 request", DuringPage2),
        new("create waiting for its response", CreateWaiting),
    ];

    public static TheoryData<string, string> Cases => Harness.Matrix.Cases(Scenarios);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CancellationIsPromptAndLeavesNothingRunning(string scenario, string vendor)
    {
        using var run = new MatrixRun(servers, vendor);
        await Harness.Matrix.Find(Scenarios, scenario).Run(run);
        run.AssertNoSecrets();
    }

    private static async Task PreCancelledList(MatrixRun run)
    {
        run.ServeListing(run.Harness.StandardItems);
        var outcome = await run.ListAsync(run.Client(), new CancellationToken(canceled: true));
        outcome.Error.Should().BeAssignableTo<OperationCanceledException>();
        outcome.Items.Should().BeEmpty();
        run.Requests.Should().BeEmpty();
    }

    private static async Task PreCancelledGet(MatrixRun run)
    {
        var client = run.Client();
        var (_, error) = await run.CaptureAsync(() => client.GetAsync(run.Harness.Item(1).Id, new CancellationToken(canceled: true)));
        error.Should().BeAssignableTo<OperationCanceledException>();
        run.Requests.Should().BeEmpty();
    }

    private static async Task PreCancelledCreate(MatrixRun run)
    {
        var client = run.Client();
        var (_, error) = await run.CaptureAsync(() => client.CreateOidcAsync(run.Harness.Definition("Cancelled"), new CancellationToken(canceled: true)));
        error.Should().BeAssignableTo<OperationCanceledException>();
        run.Requests.Should().BeEmpty();
    }

    private static async Task DuringBackoff(MatrixRun run)
    {
        var h = run.Harness;
        run.Respond(h.ListPageRequest(0), FaultCatalog.Error(h, 429).WithHeader("Retry-After", "30"), priority: 1);
        using var cts = new CancellationTokenSource();
        var listing = run.ListAsync(run.Client(Patient), cts.Token);
        await WaitForAsync(() => run.RetryDelaysMs().Count == 1);
        run.RetryDelaysMs().Should().Equal([30_000L], "the pipeline is now waiting the server's 30 s");

        var outcome = await CancelAndWaitAsync(cts, listing);

        outcome.Error.Should().BeAssignableTo<OperationCanceledException>();
        await AssertNothingRunningAsync(run, expectedRequests: 1);
    }

    private static async Task WaitingForHeaders(MatrixRun run)
    {
        var h = run.Harness;
        var item = h.Item(1);
        run.Respond(h.GetRequest(item.Id), MatrixRun.Build(WireResponse.Json(h.GetBody(h.ItemJson(item)))).WithSocketFault(Faults.StallHeaders(FaultCatalog.Stall)), priority: 1);
        await CancelGetAsync(run, item);
    }

    private static async Task MidBody(MatrixRun run)
    {
        var h = run.Harness;
        var item = h.Item(1);
        run.Respond(h.GetRequest(item.Id), MatrixRun.Build(WireResponse.Json(h.GetBody(h.ItemJson(item)))).WithSocketFault(Faults.StallBody(FaultCatalog.Stall)), priority: 1);
        await CancelGetAsync(run, item);
    }

    private static async Task BetweenPages(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        using var cts = new CancellationTokenSource();
        var client = run.Client(Patient);
        var items = new List<IdentityProviderInfo>();
        Exception? error = null;
        try
        {
            await foreach (var item in client.ListAsync(cts.Token))
            {
                run.Observe(item);
                items.Add(item);
                if (items.Count == h.PageSize)
                {
                    await cts.CancelAsync();
                }
            }
        }
        catch (Exception e)
        {
            run.Observe(e);
            error = e;
        }

        error.Should().BeAssignableTo<OperationCanceledException>();
        items.Select(i => i.Id).Should().Equal(h.StandardItems.Take(h.PageSize).Select(i => i.Id));
        run.PageRequests(1).Should().Be(0, "page 2 is never asked for after cancellation");
        await AssertNothingRunningAsync(run, expectedRequests: 1);
    }

    private static async Task DuringPage2(MatrixRun run)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        run.Respond(h.ListPageRequest(1), MatrixRun.Build(run.Page(1)).WithSocketFault(Faults.StallHeaders(FaultCatalog.Stall)), priority: 1);
        using var cts = new CancellationTokenSource();
        var listing = run.ListAsync(run.Client(Patient), cts.Token);
        await WaitForAsync(() => run.PageRequests(1) == 1);

        var outcome = await CancelAndWaitAsync(cts, listing);

        outcome.Error.Should().BeAssignableTo<OperationCanceledException>();
        outcome.Ids.Should().Equal(h.StandardItems.Take(h.PageSize).Select(i => i.Id));
        await AssertNothingRunningAsync(run, expectedRequests: 2);
    }

    private static async Task CreateWaiting(MatrixRun run)
    {
        var h = run.Harness;
        run.Respond(h.CreateRequest(), MatrixRun.Build(h.CreatedResponse(h.CreatedItem)).WithSocketFault(Faults.StallHeaders(FaultCatalog.Stall)), priority: 1);
        using var cts = new CancellationTokenSource();
        var client = run.Client(Patient);
        var create = run.CaptureAsync(() => client.CreateOidcAsync(h.Definition(h.CreatedItem.Name), cts.Token));
        await WaitForAsync(() => run.Requests.Count == 1);

        await cts.CancelAsync();
        // Prompt: the create stalls for far longer than this bound unless the cancellation stops it.
        var (_, error) = await create.WaitAsync(Prompt);

        error.Should().BeAssignableTo<OperationCanceledException>("the caller cancelled: not a timeout, not a connection failure");
        await AssertNothingRunningAsync(run, expectedRequests: 1);
    }

    private static async Task CancelGetAsync(MatrixRun run, TestItem item)
    {
        using var cts = new CancellationTokenSource();
        var client = run.Client(Patient);
        var get = run.CaptureAsync(() => client.GetAsync(item.Id, cts.Token));
        await WaitForAsync(() => run.Requests.Count == 1 && run.Server.InFlight == 1);
        await Task.Delay(100);

        await cts.CancelAsync();
        var (_, error) = await get.WaitAsync(Prompt);

        error.Should().BeAssignableTo<OperationCanceledException>();
        await AssertNothingRunningAsync(run, expectedRequests: 1);
    }

    private static async Task<ListOutcome> CancelAndWaitAsync(CancellationTokenSource cts, Task<ListOutcome> listing)
    {
        await cts.CancelAsync();
        return await listing.WaitAsync(Prompt);
    }

    private static async Task AssertNothingRunningAsync(MatrixRun run, int expectedRequests)
    {
        (await run.Server.WaitUntilQuietAsync(TimeSpan.FromMilliseconds(300), Prompt)).Should().BeTrue("the server saw the connection go away and nothing new arrives");
        run.Server.InFlight.Should().Be(0);
        run.Requests.Should().HaveCount(expectedRequests);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the operation should have reached the stage to cancel");
            await Task.Delay(5);
        }
    }
}
