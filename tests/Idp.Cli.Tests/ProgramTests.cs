using System.Diagnostics;
using System.Text.Json;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests;

/// <summary>Runs the built idp as a real process, proving Program.Main, its streams and its exit codes.</summary>
public sealed class ProgramTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static async Task<CliResult> RunProcessAsync(IEnumerable<string> args, IDictionary<string, string?>? environment = null)
    {
        using var process = Process.Start(IdpProcess.StartInfo(args, environment))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task The_built_cli_lists_jsonl_from_the_environment()
    {
        var result = await RunProcessAsync(["list", "--vendor", "keycard", "--format", "jsonl"], IdpRunner.Environment(fixture.Emulator));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty("stderr is redirected, so no progress and no notice");
        var lines = result.StdoutLines;
        lines.Should().HaveCount(EmulatorFixture.SeedCount);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            document.RootElement.GetProperty("vendor").GetString().Should().Be("keycard");
        }
    }

    [Fact]
    public async Task The_built_cli_uses_its_own_emulator_without_a_base_url()
    {
        var result = await RunProcessAsync(["get", "--vendor", "keycard", "--id", "prv_seed0000000000000002"]);

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("built-in emulator");
        result.StdoutLines.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(2, "list", "--vendor", "nope")]
    [InlineData(4, "get", "--vendor", "keycard", "--id", "prv_none")]
    public async Task The_built_cli_returns_the_documented_exit_codes(int expected, params string[] args)
    {
        var result = await RunProcessAsync(args);

        result.ExitCode.Should().Be(expected, result.ToString());
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public async Task The_built_cli_prints_its_version()
    {
        var result = await RunProcessAsync(["--version"]);

        result.ExitCode.Should().Be(0);
        result.Stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task Sigint_stops_the_emulator_cleanly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var process = Process.Start(IdpProcess.StartInfo(["emulator", "--port", "0"]))!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.Contains("Press Ctrl+C", StringComparison.Ordinal))
        {
        }

        line.Should().NotBeNull("the emulator announces itself");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(timeout.Token);
        }

        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, await stderr);
        (await stderr).Should().Contain("emulator stopped");
    }
}
