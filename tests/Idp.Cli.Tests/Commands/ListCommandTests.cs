using System.Globalization;
using System.Text.Json;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

public sealed class ListCommandTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly string[] RecordFields = ["vendor", "id", "name", "protocol", "type", "issuer", "clientId", "enabled", "raw"];

    private string[] List(params string[] extra) => ["list", "--vendor", "keycard", .. IdpRunner.Connect(fixture.Emulator), .. extra];

    private static string SeedId(int n) => "prv_seed" + n.ToString("D16", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Table_lists_every_seeded_provider_in_80_columns()
    {
        var result = await IdpRunner.RunAsync(List());

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        var lines = result.StdoutLines;
        lines.Should().HaveCount(EmulatorFixture.SeedCount + 1);
        lines[0].Should().MatchRegex(@"^ID\s+NAME\s+PROTOCOL\s+TYPE\s+ENABLED\s+ISSUER$");
        lines.Should().OnlyContain(l => l.Length <= 80);
        for (var n = 1; n <= EmulatorFixture.SeedCount; n++)
        {
            lines.Should().ContainSingle(l => l.StartsWith(SeedId(n) + " ", StringComparison.Ordinal), "the full id of provider {0} is shown", n);
        }
    }

    [Fact]
    public async Task Json_is_one_array_of_normalized_records_with_the_vendor_json()
    {
        var result = await IdpRunner.RunAsync(List("--format", "json"));

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var items = document.RootElement.EnumerateArray().ToList();
        items.Should().HaveCount(EmulatorFixture.SeedCount);
        items.Select(i => i.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
        foreach (var item in items)
        {
            item.EnumerateObject().Select(p => p.Name).Should().Equal(RecordFields);
            item.GetProperty("vendor").GetString().Should().Be("keycard");
            item.GetProperty("protocol").GetString().Should().BeOneOf("oidc", "oauth2", "other");
            item.GetProperty("enabled").ValueKind.Should().Be(JsonValueKind.Null, "Keycard does not track an enabled flag");
            var raw = item.GetProperty("raw");
            raw.ValueKind.Should().Be(JsonValueKind.Object);
            raw.GetProperty("id").GetString().Should().Be(item.GetProperty("id").GetString());
            raw.GetProperty("zone_id").GetString().Should().Be(fixture.Emulator.Keycard.ZoneId);
        }

        var okta = items.Single(i => i.GetProperty("id").GetString() == SeedId(1));
        okta.GetProperty("name").GetString().Should().Be("Okta");
        okta.GetProperty("issuer").GetString().Should().Be("https://acme.okta.com");
        okta.GetProperty("clientId").GetString().Should().Be("okta-acme-client");
    }

    [Fact]
    public async Task Jsonl_is_one_compact_object_per_line()
    {
        var result = await IdpRunner.RunAsync(List("--format", "jsonl", "--page-size", "7"));

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines[^1].Should().BeEmpty("the output ends with a newline");
        lines = lines[..^1];
        lines.Should().HaveCount(EmulatorFixture.SeedCount);
        var ids = new List<string>();
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            document.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
            document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(RecordFields);
            ids.Add(document.RootElement.GetProperty("id").GetString()!);
        }

        ids.Should().Equal(Enumerable.Range(1, EmulatorFixture.SeedCount).Select(SeedId));
    }

    [Fact]
    public async Task Progress_goes_to_stderr_and_never_into_the_results()
    {
        var args = List("--format", "jsonl", "--page-size", "10");
        var environment = new Dictionary<string, string?>();
        var result = await IdpRunner.RunAsync(args, (stdout, stderr) => new IdpRuntime(stdout, stderr, environment.GetValueOrDefault)
        {
            ProgressDelay = TimeSpan.Zero,
            ProgressInterval = TimeSpan.Zero,
        });

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().Equal("idp: fetched 10 providers...", "idp: fetched 20 providers...", "idp: fetched 25 providers...");
        result.StdoutLines.Should().HaveCount(EmulatorFixture.SeedCount).And.OnlyContain(l => l.StartsWith('{'));
    }

    [Fact]
    public async Task In_place_progress_is_erased_before_results_are_printed()
    {
        var environment = new Dictionary<string, string?>();
        var result = await IdpRunner.RunAsync(List("--page-size", "10"), (stdout, stderr) => new IdpRuntime(stdout, stderr, environment.GetValueOrDefault)
        {
            ProgressDelay = TimeSpan.Zero,
            ProgressInterval = TimeSpan.Zero,
            ProgressInPlace = true,
        });

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("\ridp: fetched 10 providers...").And.EndWith("\r");
        result.Stderr.Should().NotContain("\n");
    }

    [Fact]
    public async Task No_progress_by_default_in_process()
    {
        var result = await IdpRunner.RunAsync(List("--page-size", "5"));

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("table")]
    public async Task An_empty_zone_gives_empty_but_valid_output(string format)
    {
        await using var empty = await IdentityProviders.Emulator.IdentityProviderEmulator.StartAsync(new() { KeycardSeedCount = 0 });

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--format", format, .. IdpRunner.Connect(empty)]);

        result.ExitCode.Should().Be(0, result.ToString());
        switch (format)
        {
            case "json":
                JsonDocument.Parse(result.Stdout).RootElement.GetArrayLength().Should().Be(0);
                break;
            case "jsonl":
                result.Stdout.Should().BeEmpty();
                break;
            default:
                result.StdoutLines.Should().ContainSingle().Which.Should().StartWith("ID");
                break;
        }
    }

    [Fact]
    public async Task Wrong_token_exits_3_with_one_line_naming_the_vendor_and_status()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--base-url", fixture.Emulator.Keycard.BaseUrl.ToString(), "--token", "wrong", "--zone", fixture.Emulator.Keycard.ZoneId]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("idp: error: keycard providers.list").And.Contain("401");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--vendor", "okta")]
    [InlineData("--page-size", "0")]
    [InlineData("--page-size", "many")]
    [InlineData("--format", "--verbose")]
    [InlineData("--bogus", "1")]
    public async Task Bad_arguments_exit_2_without_any_request(string option, string value)
    {
        var before = fixture.Emulator.RequestCount;

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", .. IdpRunner.Connect(fixture.Emulator), option, value]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().StartWith("idp: error: ").And.Contain("--help").And.NotContain("   at ");
        fixture.Emulator.RequestCount.Should().Be(before);
    }

    [Fact]
    public async Task Unknown_vendor_lists_the_supported_ones()
    {
        var result = await IdpRunner.RunAsync("list", "--vendor", "okta");

        result.ExitCode.Should().Be(2);
        result.StderrLines[0].Should().Be("idp: error: unknown vendor 'okta'; supported vendors: " + string.Join(", ", Idp.Cli.Connection.VendorRegistry.Default.Names) + ". Or: all.");
        result.StderrLines[0].Should().Contain("keycard").And.Contain("cloudflare");
    }

    [Fact]
    public async Task Vendor_without_a_value_exits_2()
    {
        var result = await IdpRunner.RunAsync("list", "--vendor");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Missing_vendor_exits_2()
    {
        var result = await IdpRunner.RunAsync("list");

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--vendor");
    }

    [Fact]
    public async Task Page_size_beyond_the_vendor_limit_exits_2()
    {
        var result = await IdpRunner.RunAsync(List("--page-size", "1000"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("idp: error: --page-size 1000 is outside keycard's limits").And.NotContain("(Parameter");
    }

    [Fact]
    public async Task Unreachable_base_url_exits_5()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--base-url", "http://127.0.0.1:1/", "--token", "t", "--zone", "z"]);

        result.ExitCode.Should().Be(5, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("idp: error: ");
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Cancellation_exits_130()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var result = await IdpRunner.RunAsync(List(), cancellationToken: cancellation.Token);

        result.ExitCode.Should().Be(130, result.ToString());
        result.StderrLines.Should().Equal("idp: canceled.");
    }

    [Fact]
    public async Task Verbose_logs_http_to_stderr_without_the_token()
    {
        var result = await IdpRunner.RunAsync(List("--verbose", "--format", "jsonl"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("HTTP GET ").And.Contain("-> 200");
        result.Stderr.Should().NotContain(fixture.Token);
        result.Stdout.Should().NotContain(fixture.Token).And.NotContain("HTTP GET");
    }

    [Fact]
    public async Task Verbose_errors_show_the_stack_trace_but_no_token()
    {
        var result = await IdpRunner.RunAsync(["get", "--vendor", "keycard", .. IdpRunner.Connect(fixture.Emulator), "--id", "prv_missing", "--verbose"]);

        result.ExitCode.Should().Be(4);
        result.Stderr.Should().Contain("IdentityProviderNotFoundException").And.Contain("   at ");
        result.Stderr.Should().NotContain(fixture.Token);
    }
}
