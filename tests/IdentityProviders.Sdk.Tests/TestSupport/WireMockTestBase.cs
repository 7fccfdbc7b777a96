using System.Text;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace IdentityProviders.Sdk.Tests.TestSupport;

/// <summary>A WireMock server on a random loopback port, with helpers for scripted response sequences.</summary>
public abstract class WireMockTestBase : IDisposable
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDisposable> _disposables = [];

    protected WireMockTestBase()
    {
        Server = WireMockServer.Start();
    }

    protected WireMockServer Server { get; }

    /// <summary>Completes when the test ends: a response callback awaiting it never answers within the test.</summary>
    protected Task Never => _release.Task;

    protected IReadOnlyList<IRequestMessage> Requests => Server.LogEntries.Select(e => e.RequestMessage).ToList();

    protected int RequestCount => Server.LogEntries.Count;

    public void Dispose()
    {
        _release.TrySetResult();
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes <paramref name="disposable"/> when the test ends.</summary>
    protected T Track<T>(T disposable)
        where T : IDisposable
    {
        _disposables.Add(disposable);
        return disposable;
    }

    /// <summary>Answers matching requests with <paramref name="responses"/> in order; the last one repeats.</summary>
    protected void Sequence(IRequestBuilder request, params IResponseBuilder[] responses)
    {
        var scenario = Guid.NewGuid().ToString("N");
        for (var i = 0; i < responses.Length; i++)
        {
            var mapping = Server.Given(request).InScenario(scenario);
            if (i > 0)
            {
                mapping = mapping.WhenStateIs($"step{i}");
            }

            if (i < responses.Length - 1)
            {
                mapping = mapping.WillSetStateTo($"step{i + 1}");
            }

            mapping.RespondWith(responses[i]);
        }
    }

    protected static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    protected static IResponseBuilder Status(int status, string requestId) =>
        Response.Create().WithStatusCode(status).WithHeader("x-request-id", requestId);

    protected static ResponseMessage JsonMessage(int status, string body)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "application/json");
        return message;
    }

    protected static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
