using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// A fault on page 2 of a listing, once, then success: the listing must come out whole (no item lost or duplicated)
/// after exactly as many attempts on page 2 as the policy allows. Transport faults also run with body logging on,
/// since the logging handler then reads the body inside the attempt too.
/// </summary>
public sealed class TransientFaultTests(VendorServers servers) : IClassFixture<VendorServers>
{
    private static readonly ClientSettings Fast = ClientSettings.Fast;
    private static readonly ClientSettings ShortAttempts = Fast.WithAttemptTimeout(TimeSpan.FromMilliseconds(750));
    private const string Absurd = "86400000";

    /// <param name="Fault">The fault page 2's first attempt gets.</param>
    /// <param name="Settings">The pipeline settings.</param>
    /// <param name="Page2Attempts">Requests page 2 receives in all.</param>
    /// <param name="Fails">The exception the listing ends with, when the policy does not retry the fault.</param>
    /// <param name="RetryDelayMs">The logged retry delay, when the server's <c>Retry-After</c> decides it.</param>
    /// <param name="BothLogModes">Whether the case also runs with <c>LogBodies</c> on.</param>
    public sealed record Scenario(FaultKind Fault, ClientSettings Settings, int Page2Attempts, Type? Fails = null, (long Min, long Max)? RetryDelayMs = null, bool BothLogModes = false) : IScenario
    {
        public string Name => Fault.Name;
    }

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        new(FaultCatalog.ResetBeforeResponse, Fast, 2, BothLogModes: true),
        new(FaultCatalog.ResetMidBody, Fast, 2, BothLogModes: true),
        new(FaultCatalog.Status(500), Fast, 2),
        new(FaultCatalog.Status(502), Fast, 2),
        new(FaultCatalog.Status(503), Fast, 2),
        new(FaultCatalog.Status(504), Fast, 2),
        new(FaultCatalog.Status(408), Fast, 2),
        new(FaultCatalog.TooManyRequests("1", "HTTP 429, Retry-After: 1 (seconds), honoured"), Fast, 2, RetryDelayMs: (1000, 1000)),
        new(FaultCatalog.TooManyRequestsUntil(TimeSpan.FromSeconds(2), "HTTP 429, Retry-After: HTTP date, honoured"), Fast, 2, RetryDelayMs: (500, 2100)),
        new(FaultCatalog.TooManyRequests(Absurd, "HTTP 429, absurd Retry-After, capped at MaxRetryAfter"), Fast.WithMaxRetryAfter(TimeSpan.FromMilliseconds(250)), 2, RetryDelayMs: (250, 250)),
        new(FaultCatalog.TooManyRequests(Absurd, "HTTP 429, absurd Retry-After beyond the time budget, fails fast"), Fast, 1, Fails: typeof(IdentityProviderRateLimitedException)),
        new(FaultCatalog.StallHeaders, ShortAttempts, 2, BothLogModes: true),
        new(FaultCatalog.StallBody, ShortAttempts, 2, BothLogModes: true),
        // A complete 2xx answer whose body is broken is the server's answer, not a transport failure: not retried.
        new(FaultCatalog.TruncatedJson, Fast, 1, Fails: typeof(IdentityProviderResponseFormatException), BothLogModes: true),
        new(FaultCatalog.WireMockEmptyResponse, Fast, 1, Fails: typeof(IdentityProviderResponseFormatException)),
        new(FaultCatalog.WireMockMalformedChunk, Fast, 1, Fails: typeof(IdentityProviderResponseFormatException)),
    ];

    public static TheoryData<string, string, bool> Cases
    {
        get
        {
            var data = new TheoryData<string, string, bool>();
            foreach (var (scenario, vendor) in Harness.Matrix.Cases(Scenarios).Select(c => ((string)c[0], (string)c[1])))
            {
                data.Add(scenario, vendor, false);
                if (Harness.Matrix.Find(Scenarios, scenario).BothLogModes)
                {
                    data.Add(scenario, vendor, true);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page2FaultsOnceThenHeals(string scenario, string vendor, bool logBodies)
    {
        var s = Harness.Matrix.Find(Scenarios, scenario);
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        var expected = h.StandardItems;
        run.ServeListing(expected);
        run.RespondOnceThen(h.ListPageRequest(1), s.Fault.Build(h, run.Page(1)), MatrixRun.Build(run.Page(1)));

        var outcome = await run.ListAsync(run.Client(s.Settings with { LogBodies = logBodies }));

        if (s.Fails is null)
        {
            outcome.Error.Should().BeNull();
            outcome.Ids.Should().Equal(expected.Select(i => i.Id), "every item exactly once, in order");
            outcome.Items.Select(i => i.Name).Should().Equal(expected.Select(i => i.Name));
            run.PageRequests(2).Should().Be(1);
        }
        else
        {
            MatrixRun.AssertDocumented(outcome.Error);
            outcome.Error.Should().BeOfType(s.Fails);
            outcome.Ids.Should().Equal(expected.Take(h.PageSize).Select(i => i.Id), "page 1 came through before page 2 failed");
            run.PageRequests(2).Should().Be(0);
        }

        run.PageRequests(1).Should().Be(s.Page2Attempts, "page 2's attempts are what the retry policy allows");
        if (s.Settings.Retry.AttemptTimeout >= TimeSpan.FromSeconds(1))
        {
            run.PageRequests(0).Should().Be(1);
        }

        if (s.RetryDelayMs is { } delay)
        {
            run.RetryDelaysMs().Should().ContainSingle().Which.Should().BeInRange(delay.Min, delay.Max);
        }

        run.AssertNoSecrets();
    }
}
