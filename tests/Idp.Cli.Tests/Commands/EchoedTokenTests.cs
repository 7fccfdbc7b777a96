using System.Text;
using Idp.Cli.Tests.TestSupport;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Idp.Cli.Tests.Commands;

/// <summary>A server that echoes the caller's token back in its 401 (message and request-id header): idp never prints it.</summary>
public sealed class EchoedTokenTests : IDisposable
{
    private const string Token = "tok-ECHOED-6f1d2c9a8b7e4d3c";
    private const string Marker = "***REDACTED***";
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });

    public EchoedTokenTests()
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(request =>
        {
            var authorization = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() ?? "(none)";
            var message = new ResponseMessage
            {
                StatusCode = 401,
                BodyData = new BodyData
                {
                    BodyAsString = $$"""{"code":"unauthorized","message":"invalid token '{{authorization}}'","status":401}""",
                    DetectedBodyType = BodyType.String,
                    Encoding = Encoding.UTF8,
                },
            };
            message.AddHeader("Content-Type", "application/json");
            message.AddHeader("x-request-id", "rid-" + authorization);
            return message;
        }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task List_exits_3_and_never_prints_the_echoed_token(bool verbose)
    {
        string[] args = ["list", "--vendor", "keycard", "--base-url", _server.Urls[0] + "/", "--token", Token, "--zone", "zone-1", .. verbose ? new[] { "--verbose" } : []];

        var result = await IdpRunner.RunAsync(args);

        _server.LogEntries.Should().NotBeEmpty().And.OnlyContain(e => e.ResponseMessage.BodyData!.BodyAsString!.Contains(Token, StringComparison.Ordinal), "the server echoed the token");
        result.ExitCode.Should().Be(3, result.ToString());
        result.Stdout.Should().NotContain(Token);
        result.Stderr.Should().NotContain(Token);
        result.Stderr.Should().Contain("idp: error: keycard providers.list").And.Contain($"invalid token 'Bearer {Marker}'").And.Contain($"rid-Bearer {Marker}");
        if (verbose)
        {
            result.Stderr.Should().Contain("HTTP GET ").And.Contain("-> 401", "the HTTP log ran and is scrubbed too");
        }
    }

    public void Dispose() => _server.Stop();
}
