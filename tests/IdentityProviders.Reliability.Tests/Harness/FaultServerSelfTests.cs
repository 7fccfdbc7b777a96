using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// The matrix is only as good as its faults: these check, with a plain <see cref="HttpClient"/>, that each injected
/// fault is what its name says on the wire.
/// </summary>
public sealed class FaultServerSelfTests : IDisposable
{
    private const string Body = """{"items":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}""";
    private readonly FaultServer _server = new();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task ResetCutsTheConnectionBeforeAnyResponseByte()
    {
        Serve(Ok().WithSocketFault(Faults.Reset));
        var act = () => _http.GetAsync(_server.Url, HttpCompletionOption.ResponseHeadersRead);
        (await act.Should().ThrowAsync<HttpRequestException>()).WithInnerException<IOException>();
        _server.Requests.Should().ContainSingle("WireMock logged the request: it arrived");
    }

    [Fact]
    public async Task ResetMidBodySendsHeadersAndHalfTheBodyThenCuts()
    {
        Serve(Ok().WithSocketFault(Faults.ResetMidBody));
        using var response = await _http.GetAsync(_server.Url, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().Be(Body.Length);
        var stream = await response.Content.ReadAsStreamAsync();
        var act = () => stream.CopyToAsync(Stream.Null);
        await act.Should().ThrowAsync<IOException>("the body ends before Content-Length");
    }

    [Fact]
    public async Task StallHeadersWaitsAndStopsWhenTheClientGoesAway()
    {
        Serve(Ok().WithSocketFault(Faults.StallHeaders(TimeSpan.FromSeconds(30))));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var act = () => _http.GetAsync(_server.Url, cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
        (await _server.WaitUntilQuietAsync(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5))).Should().BeTrue();
        _server.InFlight.Should().Be(0);
    }

    [Fact]
    public async Task StallBodySendsHeadersThenWaits()
    {
        Serve(Ok().WithSocketFault(Faults.StallBody(TimeSpan.FromSeconds(30))));
        using var response = await _http.GetAsync(_server.Url, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var act = () => response.Content.ReadAsByteArrayAsync(cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ChunkedSendsNoContentLength()
    {
        Serve(Ok().WithSocketFault(Faults.Chunked));
        using var response = await _http.GetAsync(_server.Url, HttpCompletionOption.ResponseHeadersRead);
        response.Content.Headers.ContentLength.Should().BeNull();
        response.Headers.TransferEncodingChunked.Should().BeTrue();
        (await response.Content.ReadAsStringAsync()).Should().Be(Body);
    }

    [Fact]
    public async Task RetryAfterDateIsComputedWhenTheResponseLeaves()
    {
        Serve(Ok().WithHeader("Retry-After", Faults.RetryAfterDateIn(TimeSpan.FromSeconds(10))));
        using var response = await _http.GetAsync(_server.Url);
        response.Headers.RetryAfter!.Date.Should().BeCloseTo(DateTimeOffset.UtcNow.AddSeconds(10), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task WireMockScenarioAnswersOnceThenHeals()
    {
        var server = _server;
        var scenario = Guid.NewGuid().ToString("N");
        server.Server.Given(Request.Create().UsingGet()).InScenario(scenario).WillSetStateTo("healed").AtPriority(1).RespondWith(Response.Create().WithStatusCode(503));
        server.Server.Given(Request.Create().UsingGet()).InScenario(scenario).WhenStateIs("healed").WillSetStateTo("healed").AtPriority(1).RespondWith(Ok());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _http.GetAsync(server.Url);
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.OK);
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    private static IResponseBuilder Ok() => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Body);

    private void Serve(IResponseBuilder response) => _server.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
}
