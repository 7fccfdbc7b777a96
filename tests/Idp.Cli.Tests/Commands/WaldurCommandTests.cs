using System.Text.Json;
using Idp.Cli.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Idp.Cli.Tests.Commands;

/// <summary><c>idp list|get|count --vendor waldur</c> against the emulator (700 providers) and scripted servers.</summary>
public sealed class WaldurCommandTests(WaldurCliEmulatorFixture fixture) : IClassFixture<WaldurCliEmulatorFixture>
{
    private string[] Connect(string command, params string[] extra) =>
        [command, "--vendor", "waldur", "--base-url", fixture.Info.BaseUrl.ToString(), "--token", fixture.Token, .. extra];

    private Dictionary<string, string?> Environment() => new()
    {
        ["WALDUR_BASE_URL"] = fixture.Info.BaseUrl.ToString(),
        ["WALDUR_TOKEN"] = fixture.Token,
    };

    private static List<JsonElement> JsonLines(CliResult result) =>
        [.. result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private void ShouldNotLeak(CliResult result)
    {
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            text.Should().NotContain(fixture.Token).And.NotContain("seed-secret-");
        }
    }

    [Fact]
    public async Task List_prints_all_700_providers_once_each_with_secrets_redacted()
    {
        var result = await IdpRunner.RunAsync(Connect("list", "--format", "jsonl", "--verbose"));

        result.ExitCode.Should().Be(0, result.ToString());
        var items = JsonLines(result);
        items.Should().HaveCount(WaldurCliEmulatorFixture.SeedCount);
        items.Select(i => i.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems().And.StartWith(["keycloak", "tara", "eduteams"]);
        items.Should().OnlyContain(i => i.GetProperty("vendor").GetString() == "waldur" && i.GetProperty("protocol").GetString() == "oidc");
        items.Should().OnlyContain(i => i.GetProperty("raw").GetProperty("client_secret").GetString() == "***REDACTED***");
        result.StderrLines.Count(l => l.Contains("GET ", StringComparison.Ordinal) && l.Contains("-> 200", StringComparison.Ordinal)).Should().Be(3, "300 per page");
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task List_reads_the_connection_from_the_environment()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "waldur", "--format", "json", "--page-size", "250"], Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        document.RootElement.GetArrayLength().Should().Be(WaldurCliEmulatorFixture.SeedCount);
        result.Stderr.Should().NotContain("built-in emulator");
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task Get_prints_one_provider_by_name()
    {
        var result = await IdpRunner.RunAsync(Connect("get", "--id", "tara", "--format", "json"));

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        root.GetProperty("id").GetString().Should().Be("tara");
        root.GetProperty("name").GetString().Should().Be("TARA (Estonian state authentication)");
        root.GetProperty("enabled").GetBoolean().Should().BeTrue();
        root.GetProperty("issuer").GetString().Should().Be("https://tara.ria.ee");
        root.GetProperty("raw").GetProperty("client_secret").GetString().Should().Be("***REDACTED***");
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task Get_of_a_missing_provider_exits_4()
    {
        var result = await IdpRunner.RunAsync(Connect("get", "--id", "missing"));

        result.ExitCode.Should().Be(4, result.ToString());
        result.Stderr.Should().Contain("waldur identity_providers.retrieve failed with HTTP 404 (Not Found): No IdentityProvider matches the given query.");
    }

    [Fact]
    public async Task Get_of_a_dot_segment_name_is_a_usage_error_and_sends_nothing()
    {
        var before = fixture.Emulator.RequestCount;

        var result = await IdpRunner.RunAsync(Connect("get", "--id", ".."));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("would address another URL");
        fixture.Emulator.RequestCount.Should().Be(before);
    }

    [Fact]
    public async Task Count_prints_the_number_from_a_HEAD_request()
    {
        var result = await IdpRunner.RunAsync(Connect("count", "--verbose"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines.Should().Equal(WaldurCliEmulatorFixture.SeedCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.Stderr.Should().Contain("HTTP HEAD ");
        ShouldNotLeak(result);
    }

    [Theory]
    [InlineData("keycard")]
    [InlineData("cloudflare")]
    public async Task Count_for_a_vendor_without_a_count_endpoint_is_a_usage_error(string vendor)
    {
        var result = await IdpRunner.RunAsync(["count", "--vendor", vendor]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain($"idp count is not supported for {vendor}").And.Contain("supported: waldur");
        result.Stderr.Should().NotContain("built-in emulator", "nothing is started for an unsupported vendor");
    }

    [Fact]
    public async Task A_wrong_token_exits_3()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "waldur", "--base-url", fixture.Info.BaseUrl.ToString(), "--token", "wrong"]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.Stderr.Should().Contain("HTTP 401").And.Contain("Invalid token.");
    }

    [Fact]
    public async Task A_base_url_without_a_token_is_a_usage_error()
    {
        var result = await IdpRunner.RunAsync(["count", "--vendor", "waldur", "--base-url", fixture.Info.BaseUrl.ToString()]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("no Waldur token: pass --token or set WALDUR_TOKEN.");
    }

    [Fact]
    public async Task Other_vendors_flags_are_usage_errors()
    {
        var result = await IdpRunner.RunAsync(Connect("list", "--zone", "z"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("Waldur takes only --base-url and --token");
    }

    [Fact]
    public async Task A_page_size_above_300_is_a_usage_error()
    {
        var result = await IdpRunner.RunAsync(Connect("list", "--page-size", "301"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--page-size 301 is outside waldur's limits");
    }

    [Fact]
    public async Task Without_a_base_url_the_built_in_emulator_is_used()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "waldur"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("idp: no --base-url or WALDUR_BASE_URL given; using the built-in emulator at http://127.0.0.1:");
        result.StdoutLines.Should().HaveCount(13, "a header and the 12 seeded providers");
        result.StdoutLines[1].Should().StartWith("keycloak ");
        result.Stdout.Should().NotContain("seed-secret-");
    }

    [Fact]
    public async Task A_server_that_repeats_its_first_page_ends_with_exit_5_and_the_no_progress_error()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/api/identity-providers/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("x-result-count", "42")
                .WithBody("""[{"provider":"string","client_id":"string","client_secret":"string","discovery_url":"string","label":"string","auth_url":"s","token_url":"s","userinfo_url":"s","logout_url":"s"}]"""));

        var result = await IdpRunner.RunAsync(["list", "--vendor", "waldur", "--base-url", server.Url!, "--token", "t", "--format", "jsonl"]);

        result.ExitCode.Should().Be(5, result.ToString());
        result.StdoutLines.Should().ContainSingle("the unique item is printed once");
        result.Stderr.Should().Contain("made no progress");
        server.LogEntries.Should().HaveCount(2);
    }
}
