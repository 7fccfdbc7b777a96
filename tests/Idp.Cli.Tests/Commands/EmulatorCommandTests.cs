using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

public sealed partial class EmulatorCommandTests
{
    [Fact]
    public async Task Runs_until_canceled_printing_urls_and_credentials()
    {
        using var stdout = new SignalingWriter("Press Ctrl+C");
        using var stderr = new StringWriter();
        var syncOut = TextWriter.Synchronized(stdout);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = IdpApp.RunAsync(["emulator", "--port", "0", "--keycard-seed", "3"], syncOut, stderr, new Dictionary<string, string?>(), cancellation.Token);

        // Ready when the banner is complete, or the command ended early (then the assertions below say why).
        await Task.WhenAny(stdout.Seen, run);
        string text;
        lock (syncOut)
        {
            text = stdout.ToString();
        }

        text.Should().Contain("Keycard").And.Contain("bearer token:").And.Contain("zone id:").And.Contain("client secret:");
        var baseUrl = new Uri(BaseUrlLine().Match(text).Groups[1].Value);
        var token = TokenLine().Match(text).Groups[1].Value;
        var zone = ZoneLine().Match(text).Groups[1].Value;
        using (var http = new HttpClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, $"zones/{zone}/providers"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            response.IsSuccessStatusCode.Should().BeTrue();
        }

        var list = await IdpRunner.RunAsync(["list", "--vendor", "keycard", "--format", "jsonl", "--base-url", baseUrl.ToString(), "--token", token, "--zone", zone]);
        list.StdoutLines.Should().HaveCount(3);

        await cancellation.CancelAsync();
        var exitCode = await run;

        exitCode.Should().Be(0);
        stderr.ToString().Should().Contain("emulator stopped");
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "abc")]
    [InlineData("--keycard-seed", "-1")]
    public async Task Bad_options_exit_2(string option, string value)
    {
        var result = await IdpRunner.RunAsync("emulator", option, value);

        result.ExitCode.Should().Be(2, result.ToString());
    }

    [Fact]
    public async Task A_port_in_use_is_reported_on_one_line()
    {
        await using var first = await IdentityProviders.Emulator.IdentityProviderEmulator.StartAsync();

        var result = await IdpRunner.RunAsync("emulator", "--port", first.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        result.ExitCode.Should().NotBe(0);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("idp: error: ");
    }

    [GeneratedRegex(@"base url:\s+(\S+)")]
    private static partial Regex BaseUrlLine();

    [GeneratedRegex(@"bearer token:\s+(\S+)")]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"zone id:\s+(\S+)")]
    private static partial Regex ZoneLine();

    /// <summary>A StringWriter that completes <see cref="Seen"/> once its text contains a marker.</summary>
    private sealed class SignalingWriter(string marker) : StringWriter
    {
        private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => _seen.Task;

        public override void Write(char value)
        {
            base.Write(value);
            Check();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            Check();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            Check();
        }

        private void Check()
        {
            if (!_seen.Task.IsCompleted && GetStringBuilder().ToString().Contains(marker, StringComparison.Ordinal))
            {
                _seen.TrySetResult();
            }
        }
    }
}
