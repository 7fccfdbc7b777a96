using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// Creates (POST) are not idempotent: once the request may have reached the server, no fault is retried (exactly one
/// request, so never a duplicate provider), and a timeout says the outcome is unknown. Only a connection that could
/// not be established at all (the request never left) is retried.
/// </summary>
public sealed class UnsafeMethodTests(VendorServers servers) : IClassFixture<VendorServers>
{
    private static readonly ClientSettings Fast = ClientSettings.Fast;
    private static readonly ClientSettings ShortAttempts = Fast.WithAttemptTimeout(TimeSpan.FromMilliseconds(750));
    private static readonly ClientSettings ShortBudget = Fast with { Timeout = TimeSpan.FromSeconds(1) };
    private static readonly Type Format = typeof(IdentityProviderResponseFormatException);

    /// <param name="Name">The scenario.</param>
    /// <param name="Fault">The answer to the POST; <see langword="null"/> for the healthy one.</param>
    /// <param name="Settings">The pipeline settings.</param>
    /// <param name="Fails">The exact exception type; <see langword="null"/> when the create succeeds.</param>
    /// <param name="Posts">POSTs the server receives.</param>
    /// <param name="OutcomeUnknown">For a timeout: whether it says the outcome is unknown.</param>
    /// <param name="Status">The status an API exception carries.</param>
    public sealed record Scenario(string Name, FaultKind? Fault, ClientSettings Settings, Type? Fails, int Posts, bool? OutcomeUnknown = null, int? Status = null) : IScenario;

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        new("create succeeds (baseline)", null, Fast, null, 1),
        new("HTTP 503 after sending", FaultCatalog.Status(503), Fast, typeof(IdentityProviderServerException), 1, Status: 503),
        new("HTTP 500 after sending", FaultCatalog.Status(500), Fast, typeof(IdentityProviderServerException), 1, Status: 500),
        new("HTTP 408 after sending", FaultCatalog.Status(408), Fast, typeof(IdentityProviderApiException), 1, Status: 408),
        new("HTTP 429 with Retry-After: 1", FaultCatalog.TooManyRequests("1", "429"), Fast, typeof(IdentityProviderRateLimitedException), 1, Status: 429),
        new("connection reset after sending, before the response", FaultCatalog.ResetBeforeResponse, Fast, typeof(IdentityProviderConnectionException), 1),
        new("connection reset mid-body", FaultCatalog.ResetMidBody, Fast, typeof(IdentityProviderConnectionException), 1),
        new("response slower than the attempt timeout", FaultCatalog.StallHeaders, ShortAttempts, typeof(IdentityProviderTimeoutException), 1, OutcomeUnknown: true),
        new("body stalls past the attempt timeout", FaultCatalog.StallBody, ShortAttempts, typeof(IdentityProviderTimeoutException), 1, OutcomeUnknown: true),
        new("total time budget exhausted", FaultCatalog.StallHeaders, ShortBudget, typeof(IdentityProviderTimeoutException), 1, OutcomeUnknown: true),
        new("2xx with truncated JSON (created, answer unreadable)", FaultCatalog.TruncatedJson, Fast, Format, 1),
    ];

    public static TheoryData<string, string> Cases => Harness.Matrix.Cases(Scenarios);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CreateIsNotRetriedOnceSent(string scenario, string vendor)
    {
        var s = Harness.Matrix.Find(Scenarios, scenario);
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        var created = h.CreatedResponse(h.CreatedItem);
        run.Respond(h.CreateRequest(), s.Fault is null ? MatrixRun.Build(created) : s.Fault.Build(h, created), priority: 1);
        run.Respond(h.GetRequest(h.CreatedItem.Id), WireResponse.Json(h.GetBody(h.ItemJson(h.CreatedItem))));
        var client = run.Client(s.Settings);
        var definition = h.Definition(h.CreatedItem.Name);
        definition.Validate(h.Vendor, client.Capabilities.RequiredOidcFields);

        var (info, error) = await run.CaptureAsync(() => client.CreateOidcAsync(definition));

        var posts = run.CountRequests(r => r.Method == "POST");
        posts.Should().Be(s.Posts, "a create that may have reached the server is never sent twice");
        run.Requests.Where(r => r.Method == "POST").Should().OnlyContain(r => r.Body!.Contains(Secrets.ClientSecret, StringComparison.Ordinal), "the secret was sent (so not printing it means something)");
        if (s.Fails is null)
        {
            error.Should().BeNull();
            info!.Id.Should().Be(h.CreatedItem.Id);
            run.CountRequests(r => r.Method == "GET").Should().Be(h.CreateReadsBack ? 1 : 0);
        }
        else
        {
            MatrixRun.AssertDocumented(error);
            error.Should().BeOfType(s.Fails);
            var sdk = (IdentityProviderException)error!;
            sdk.Vendor.Should().Be(h.Vendor);
            sdk.Operation.Should().Be(h.CreateOperation);
            error!.Message.Should().Contain(h.Vendor).And.Contain(h.CreateOperation);
            if (error is IdentityProviderApiException api)
            {
                api.StatusCode.Should().Be(s.Status);
                api.RequestId.Should().Be(FaultCatalog.RequestId(h, api.StatusCode));
            }

            if (s.OutcomeUnknown is { } unknown)
            {
                ((IdentityProviderTimeoutException)error).OutcomeUnknown.Should().Be(unknown);
                error.Message.Should().Contain("outcome is unknown");
            }

            run.CountRequests(r => r.Method == "GET").Should().Be(0);
        }

        run.RetryDelaysMs().Should().BeEmpty("nothing was retried");
        (await run.Server.WaitUntilQuietAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5))).Should().BeTrue();
        run.CountRequests(r => r.Method == "POST").Should().Be(s.Posts);
        run.AssertNoSecrets();
    }

    public static TheoryData<string, string> RefusedCases => Harness.Matrix.Cases(new[] { new Named("connection refused (nothing listening)") });

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task CreateIsRetriedWhenTheConnectionIsRefused(string scenario, string vendor)
    {
        _ = scenario;
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        using var nowhere = new LateForwarder(run.Server.Url);
        var client = run.Client(Fast with { BaseAddressOverride = nowhere.Url });

        var (_, error) = await run.CaptureAsync(() => client.CreateOidcAsync(h.Definition(h.CreatedItem.Name)));

        MatrixRun.AssertDocumented(error);
        var connection = error.Should().BeOfType<IdentityProviderConnectionException>().Subject;
        connection.Operation.Should().Be(h.CreateOperation);
        connection.Message.Should().Contain("could not connect");
        run.FailedAttempts("POST").Should().Be(Fast.Retry.MaxRetries + 1, "the request never left, so every retry is safe");
        run.RetryDelaysMs().Should().HaveCount(Fast.Retry.MaxRetries);
        run.AssertNoSecrets();
    }

    public static TheoryData<string, string> RefusedOnceCases => Harness.Matrix.Cases(new[] { new Named("connection refused once, then accepted") });

    [Theory]
    [MemberData(nameof(RefusedOnceCases))]
    public async Task CreateRefusedOnceIsCreatedExactlyOnce(string scenario, string vendor)
    {
        _ = scenario;
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;
        run.Respond(h.CreateRequest(), h.CreatedResponse(h.CreatedItem));
        run.Respond(h.GetRequest(h.CreatedItem.Id), WireResponse.Json(h.GetBody(h.ItemJson(h.CreatedItem))));
        using var late = new LateForwarder(run.Server.Url);
        // A long first backoff without jitter leaves ample time to start listening after the first refusal.
        var settings = Fast with
        {
            BaseAddressOverride = late.Url,
            Retry = Fast.Retry with { BaseDelay = TimeSpan.FromMilliseconds(500), MaxDelay = TimeSpan.FromSeconds(1), UseJitter = false },
        };
        var client = run.Client(settings);

        var create = run.CaptureAsync(() => client.CreateOidcAsync(h.Definition(h.CreatedItem.Name)));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (run.FailedAttempts("POST") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        late.Start();
        var (info, error) = await create;

        error.Should().BeNull();
        info!.Id.Should().Be(h.CreatedItem.Id);
        run.FailedAttempts("POST").Should().Be(1);
        run.CountRequests(r => r.Method == "POST").Should().Be(1, "created exactly once");
        run.AssertNoSecrets();
    }

    public sealed record Named(string Name) : IScenario;
}
