using System.Text.Json;
using Idp.Cli.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Idp.Cli.Tests.Output;

/// <summary>Behaviour against a scripted Keycard server: answers the emulator never gives.</summary>
public sealed class VendorJsonTests : IDisposable
{
    private const string Zone = "zone_wire";
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    private string[] Connect() => ["--vendor", "keycard", "--base-url", _server.Url + "/", "--token", "wire-token", "--zone", Zone];

    private static string Provider(string id, string extra = "") => $$"""
        {"id":"{{id}}","organization_id":"org","zone_id":"{{Zone}}","slug":"{{id}}","name":"Name {{id}}","identifier":"https://idp.example/{{id}}",
         "type":"external","client_id":"cid","created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"{{extra}}}
        """;

    [Fact]
    public async Task Secrets_in_the_vendor_json_are_redacted_even_in_fields_the_sdk_does_not_know()
    {
        var body = Provider("prv_1", """
            ,"client_secret":"wire-secret-1","metadata":{"api_token":"wire-secret-2","nested":[{"private_key":"wire-secret-3"}]},
             "future_field":{"bind_password":"wire-secret-4"}
            """);
        _server.Given(Request.Create().WithPath($"/zones/{Zone}/providers/prv_1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var result = await IdpRunner.RunAsync(["get", .. Connect(), "--id", "prv_1", "--format", "json"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().NotContain("wire-secret");
        using var document = JsonDocument.Parse(result.Stdout);
        var raw = document.RootElement.GetProperty("raw");
        raw.GetProperty("client_secret").GetString().Should().Be("***REDACTED***");
        raw.GetProperty("metadata").GetProperty("api_token").GetString().Should().Be("***REDACTED***");
        raw.GetProperty("future_field").GetProperty("bind_password").GetString().Should().Be("***REDACTED***");
        raw.GetProperty("client_id").GetString().Should().Be("cid");
    }

    [Fact]
    public async Task A_server_that_repeats_its_cursor_ends_with_exit_5_after_the_unique_items()
    {
        var page = $$$"""{"items":[{{{Provider("prv_1")}}}],"page_info":{"has_next_page":true,"has_previous_page":false,"end_cursor":"same"}}""";
        _server.Given(Request.Create().WithPath($"/zones/{Zone}/providers").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(page));

        var result = await IdpRunner.RunAsync(["list", .. Connect(), "--format", "jsonl"]);

        result.ExitCode.Should().Be(5, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("idp: error: ").And.Contain("keycard");
        result.Stderr.Should().NotContain("   at ");
        result.StdoutLines.Length.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_forbidden_answer_exits_3()
    {
        _server.Given(Request.Create().WithPath($"/zones/{Zone}/providers").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json").WithBody("""{"error":"forbidden","error_description":"no access to zone"}"""));

        var result = await IdpRunner.RunAsync(["list", .. Connect()]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("403");
    }

    [Fact]
    public async Task A_malformed_body_exits_5()
    {
        _server.Given(Request.Create().WithPath($"/zones/{Zone}/providers").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"items": 42}"""));

        var result = await IdpRunner.RunAsync(["list", .. Connect(), "--format", "json"]);

        result.ExitCode.Should().Be(5, result.ToString());
        result.StderrLines.Should().ContainSingle();
    }

    [Fact]
    public async Task The_token_is_sent_but_never_printed()
    {
        _server.Given(Request.Create().WithPath($"/zones/{Zone}/providers").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody("""{"error":"unauthorized"}"""));

        var result = await IdpRunner.RunAsync(["list", .. Connect(), "--verbose"]);

        result.ExitCode.Should().Be(3, result.ToString());
        _server.LogEntries.Should().Contain(e => e.RequestMessage.Headers!["Authorization"].Contains("Bearer wire-token"));
        (result.Stdout + result.Stderr).Should().NotContain("wire-token");
    }
}
