using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// A fault on page 2 that never heals: the listing yields page 1, then ends with the exact documented exception after
/// exactly MaxRetries + 1 attempts (1 for what the policy does not retry); the message names vendor, operation, status
/// and the vendor's request id.
/// </summary>
public sealed class PersistentFaultTests(VendorServers servers) : IClassFixture<VendorServers>
{
    private static readonly ClientSettings Fast = ClientSettings.Fast;
    // Timeouts cost real time: one retry is enough to show "MaxRetries + 1 attempts" for them.
    private static readonly ClientSettings ShortAttempts = Fast with { Retry = Fast.Retry with { AttemptTimeout = TimeSpan.FromMilliseconds(750), MaxRetries = 1 } };
    private static readonly ClientSettings ShortBudget = Fast with { Timeout = TimeSpan.FromSeconds(1) };
    private const int AllAttempts = -1;

    /// <param name="Fault">The fault every attempt on page 2 gets.</param>
    /// <param name="Settings">The pipeline settings.</param>
    /// <param name="Exception">The exact exception type.</param>
    /// <param name="Attempts">Requests page 2 receives; <see cref="AllAttempts"/> for MaxRetries + 1 of <paramref name="Settings"/>.</param>
    /// <param name="Status">The HTTP status the exception carries (and its message names), if any.</param>
    /// <param name="RetryAfter">The server's hint the exception carries.</param>
    /// <param name="Title">The scenario name, when the fault's name does not say it all.</param>
    public sealed record Scenario(FaultKind Fault, ClientSettings Settings, Type Exception, int Attempts, int? Status = null, TimeSpan? RetryAfter = null, string? Title = null) : IScenario
    {
        public string Name => Title ?? Fault.Name;

        public int ExpectedAttempts => Attempts == AllAttempts ? Settings.Retry.MaxRetries + 1 : Attempts;
    }

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        new(FaultCatalog.ResetBeforeResponse, Fast, typeof(IdentityProviderConnectionException), AllAttempts),
        new(FaultCatalog.ResetMidBody, Fast, typeof(IdentityProviderConnectionException), AllAttempts),
        new(FaultCatalog.Status(500), Fast, typeof(IdentityProviderServerException), AllAttempts, 500),
        new(FaultCatalog.Status(502), Fast, typeof(IdentityProviderServerException), AllAttempts, 502),
        new(FaultCatalog.Status(503), Fast, typeof(IdentityProviderServerException), AllAttempts, 503),
        new(FaultCatalog.Status(504), Fast, typeof(IdentityProviderServerException), AllAttempts, 504),
        // 408 has no subclass of its own: the base API exception, with the status.
        new(FaultCatalog.Status(408), Fast, typeof(IdentityProviderApiException), AllAttempts, 408),
        new(FaultCatalog.TooManyRequests("1", "HTTP 429, Retry-After: 1"), Fast.WithMaxRetryAfter(TimeSpan.FromMilliseconds(50)), typeof(IdentityProviderRateLimitedException), AllAttempts, 429, TimeSpan.FromSeconds(1)),
        new(FaultCatalog.TooManyRequests("86400000", "HTTP 429, Retry-After beyond the time budget"), Fast, typeof(IdentityProviderRateLimitedException), 1, 429, TimeSpan.FromSeconds(86400000)),
        new(FaultCatalog.StallHeaders, ShortAttempts, typeof(IdentityProviderTimeoutException), AllAttempts),
        new(FaultCatalog.StallBody, ShortAttempts, typeof(IdentityProviderTimeoutException), AllAttempts),
        new(FaultCatalog.StallHeaders, ShortBudget, typeof(IdentityProviderTimeoutException), 1, Title: "total time budget exhausted during the first attempt"),
        new(FaultCatalog.TruncatedJson, Fast, typeof(IdentityProviderResponseFormatException), 1, 200),
    ];

    public static TheoryData<string, string> Cases => Harness.Matrix.Cases(Scenarios);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page2NeverHeals(string scenario, string vendor)
    {
        var s = Harness.Matrix.Find(Scenarios, scenario);
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        run.Respond(h.ListPageRequest(1), s.Fault.Build(h, run.Page(1)), priority: 1);
        var started = DateTime.UtcNow;

        var outcome = await run.ListAsync(run.Client(s.Settings));

        MatrixRun.AssertDocumented(outcome.Error);
        var error = outcome.Error!;
        error.Should().BeOfType(s.Exception);
        // Page 1 and page 2 each have the budget; generous slack for a loaded machine.
        (DateTime.UtcNow - started).Should().BeLessThan(s.Settings.Timeout + TimeSpan.FromSeconds(5), "nothing outlives the total time budget");
        outcome.Ids.Should().Equal(h.StandardItems.Take(h.PageSize).Select(i => i.Id), "page 1 came through, once");
        run.PageRequests(1).Should().Be(s.ExpectedAttempts);
        run.PageRequests(2).Should().Be(0);

        var sdk = (IdentityProviderException)error;
        sdk.Vendor.Should().Be(h.Vendor);
        sdk.Operation.Should().Be(h.ListOperation);
        error.Message.Should().Contain(h.Vendor).And.Contain(h.ListOperation);
        if (s.Status is { } status)
        {
            error.Message.Should().Contain($"HTTP {status}");
        }

        switch (error)
        {
            case IdentityProviderApiException api:
                api.StatusCode.Should().Be(s.Status);
                api.RequestId.Should().Be(FaultCatalog.RequestId(h, api.StatusCode), $"{h.Vendor} reads the request id from {h.RequestIdHeader}");
                error.Message.Should().Contain(api.RequestId);
                api.ErrorMessages.Should().Contain(m => m.Contains("injected failure", StringComparison.Ordinal), "the vendor's error body was parsed");
                api.RetryAfter.Should().Be(s.RetryAfter);
                break;
            case IdentityProviderTimeoutException timeout:
                timeout.OutcomeUnknown.Should().BeFalse("a read that timed out changed nothing");
                break;
            case IdentityProviderResponseFormatException format:
                format.Message.Should().Contain("not the expected JSON");
                break;
        }

        (await run.Server.WaitUntilQuietAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5))).Should().BeTrue("no attempt is left running");
        run.PageRequests(1).Should().Be(s.ExpectedAttempts, "no attempt arrives late");
        run.AssertNoSecrets();
    }
}
