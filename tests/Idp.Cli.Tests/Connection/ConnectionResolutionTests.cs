using System.Text.RegularExpressions;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Connection;

public sealed partial class ConnectionResolutionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Without_a_base_url_the_built_in_emulator_is_used_and_announced()
    {
        var result = await IdpRunner.RunAsync("list", "--vendor", "keycard", "--format", "jsonl");

        result.ExitCode.Should().Be(0, result.ToString());
        var notice = result.StderrLines.Should().ContainSingle().Subject;
        notice.Should().MatchRegex(@"^idp: no --base-url or KEYCARD_BASE_URL given; using the built-in emulator at http://127\.0\.0\.1:\d+/keycard/$");
        result.StdoutLines.Should().HaveCount(new IdentityProviders.Emulator.EmulatorOptions().KeycardSeedCount);
    }

    [Fact]
    public async Task Environment_variables_are_used_when_flags_are_absent()
    {
        var before = fixture.Emulator.RequestCount;

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--format", "jsonl"], IdpRunner.Environment(fixture.Emulator));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty("no emulator notice when KEYCARD_BASE_URL is set");
        result.StdoutLines.Should().HaveCount(EmulatorFixture.SeedCount);
        fixture.Emulator.RequestCount.Should().BeGreaterThan(before);
    }

    [Fact]
    public async Task A_flag_wins_over_its_environment_variable()
    {
        var environment = IdpRunner.Environment(fixture.Emulator);
        environment["KEYCARD_TOKEN"] = "wrong";

        var withFlag = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--token", fixture.Token], environment);
        var withoutFlag = await IdpRunner.RunAsync(["list", "--vendor", "keycard"], environment);

        withFlag.ExitCode.Should().Be(0, withFlag.ToString());
        withoutFlag.ExitCode.Should().Be(3, withoutFlag.ToString());
    }

    [Fact]
    public async Task A_base_url_flag_wins_over_the_environment()
    {
        var environment = IdpRunner.Environment(fixture.Emulator);
        environment["KEYCARD_BASE_URL"] = "http://127.0.0.1:1/";

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--base-url", fixture.Emulator.Keycard.BaseUrl.ToString()], environment);

        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Fact]
    public async Task Zone_flag_selects_the_zone()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--zone", "zone_other"], IdpRunner.Environment(fixture.Emulator));

        // Another zone: empty, or unknown to the emulator; either way not the seeded providers.
        result.Stdout.Should().NotContain("prv_seed");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/")]
    [InlineData("/relative/path")]
    public async Task Invalid_base_url_exits_2(string baseUrl)
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--base-url", baseUrl, "--token", "t", "--zone", "z"]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("idp: error: invalid --base-url");
    }

    [Fact]
    public async Task Invalid_base_url_in_the_environment_names_the_variable()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard"], new Dictionary<string, string?> { ["KEYCARD_BASE_URL"] = "nope", ["KEYCARD_TOKEN"] = "t", ["KEYCARD_ZONE_ID"] = "z" });

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("KEYCARD_BASE_URL");
    }

    [Theory]
    [InlineData("KEYCARD_TOKEN", "--token")]
    [InlineData("KEYCARD_ZONE_ID", "--zone")]
    public async Task A_missing_setting_with_a_base_url_exits_2_and_says_how_to_give_it(string variable, string flag)
    {
        var environment = IdpRunner.Environment(fixture.Emulator);
        environment.Remove(variable);
        var before = fixture.Emulator.RequestCount;

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard"], environment);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain(flag).And.Contain(variable);
        fixture.Emulator.RequestCount.Should().Be(before);
    }

    [Fact]
    public async Task Empty_environment_values_count_as_unset()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--format", "jsonl"], new Dictionary<string, string?> { ["KEYCARD_BASE_URL"] = "" });

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("built-in emulator");
    }

    [Fact]
    public async Task Built_in_emulator_port_is_released_after_the_run()
    {
        var result = await IdpRunner.RunAsync("get", "--vendor", "keycard", "--id", "prv_seed0000000000000001", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        var url = BuiltInUrl().Match(result.Stderr).Value;
        using var http = new HttpClient();
        var act = () => http.GetAsync(new Uri(url));
        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/keycard/")]
    private static partial Regex BuiltInUrl();
}
