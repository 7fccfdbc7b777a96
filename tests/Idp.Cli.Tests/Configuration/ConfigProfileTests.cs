using System.Text.Json;
using System.Text.Json.Nodes;
using Idp.Cli.Tests.Commands;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Configuration;

public sealed class ConfigProfileTests(AllVendorsEmulatorFixture fixture) : IClassFixture<AllVendorsEmulatorFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("idp-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteConfig(JsonObject config, string name = "config.json")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private JsonObject StagingProfile() => new()
    {
        ["defaultProfile"] = "staging",
        ["profiles"] = new JsonObject
        {
            ["staging"] = new JsonObject
            {
                ["keycard"] = new JsonObject
                {
                    ["baseUrl"] = fixture.Emulator.Keycard.BaseUrl.ToString(),
                    ["zone"] = fixture.Emulator.Keycard.ZoneId,
                    ["tokenEnv"] = "STAGING_KEYCARD_TOKEN",
                },
                ["waldur"] = new JsonObject
                {
                    ["baseUrl"] = fixture.Emulator.Waldur.BaseUrl.ToString(),
                    ["tokenEnv"] = "STAGING_WALDUR_TOKEN",
                },
            },
            ["empty"] = new JsonObject(),
        },
    };

    private Dictionary<string, string?> Secrets() => new()
    {
        ["STAGING_KEYCARD_TOKEN"] = fixture.Emulator.Keycard.Token,
        ["STAGING_WALDUR_TOKEN"] = fixture.Emulator.Waldur.Token,
    };

    [Fact]
    public async Task A_profile_connects_with_the_token_from_the_variable_it_names()
    {
        var path = WriteConfig(StagingProfile());

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--config", path, "--profile", "staging", "--format", "jsonl"], Secrets());

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines.Should().HaveCount(25);
        result.Stderr.Should().NotContain("built-in emulator");
        (result.Stdout + result.Stderr).Should().NotContain(fixture.Emulator.Keycard.Token);
    }

    [Fact]
    public async Task List_all_with_a_profile_lists_the_profile_vendors_only()
    {
        var path = WriteConfig(StagingProfile());
        var environment = Secrets();
        environment["IDP_CONFIG"] = path;

        var result = await IdpRunner.RunAsync(["list", "--vendor", "all", "--format", "jsonl"], environment);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("vendor").GetString()).Distinct().Order()
            .Should().Equal("keycard", "waldur");
    }

    [Fact]
    public async Task The_default_location_under_XDG_CONFIG_HOME_is_read()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "idp"));
        WriteConfig(StagingProfile(), Path.Combine("idp", "config.json"));
        var environment = Secrets();
        environment["XDG_CONFIG_HOME"] = _directory;

        var result = await IdpRunner.RunAsync(["list", "--vendor", "waldur", "--format", "jsonl"], environment);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines.Should().HaveCount(12);
    }

    [Fact]
    public async Task Flags_win_over_the_profile()
    {
        var path = WriteConfig(StagingProfile());

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--config", path, "--token", "not-the-token"], Secrets());

        result.ExitCode.Should().Be(3, result.ToString());
    }

    [Fact]
    public async Task A_variable_the_profile_names_but_that_is_unset_is_a_usage_error()
    {
        var path = WriteConfig(StagingProfile());

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--config", path], new Dictionary<string, string?>());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("$STAGING_KEYCARD_TOKEN, which is not set");
    }

    [Fact]
    public async Task An_unknown_profile_lists_the_known_ones()
    {
        var path = WriteConfig(StagingProfile());

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--config", path, "--profile", "prod"], Secrets());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("has no profile 'prod'; profiles: empty, staging");
    }

    [Theory]
    [InlineData("token")]
    [InlineData("apiKey")]
    [InlineData("clientSecret")]
    public async Task A_secret_written_into_the_file_is_refused_and_not_echoed(string key)
    {
        var config = StagingProfile();
        config["profiles"]!["staging"]!["keycard"]![key] = "s3cr3t-in-file";
        var path = WriteConfig(config);

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--config", path], Secrets());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain($"\"{key}\" would store a secret in the file");
        result.Stderr.Should().NotContain("s3cr3t-in-file");
    }

    [Theory]
    [InlineData("{\"profiles\":{\"p\":{\"okta\":{}}}}", "unknown vendor \"okta\"")]
    [InlineData("{\"profiles\":{\"p\":{\"keycard\":{\"baseurl\":\"x\"}}}}", "unknown key \"baseurl\"")]
    [InlineData("{\"profile\":{}}", "unknown key \"profile\"")]
    [InlineData("{\"defaultProfile\":\"x\",\"profiles\":{}}", "'x', which is not among the profiles")]
    [InlineData("{not json", "is not valid JSON")]
    public async Task A_malformed_config_file_is_a_usage_error_that_says_what_is_wrong(string json, string expected)
    {
        var path = Path.Combine(_directory, "bad.json");
        await File.WriteAllTextAsync(path, json);

        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--config", path], Secrets());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain(expected);
    }

    [Fact]
    public async Task A_missing_config_file_named_explicitly_is_a_usage_error()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--config", Path.Combine(_directory, "nope.json")], Secrets());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("cannot read the config file");
    }
}
