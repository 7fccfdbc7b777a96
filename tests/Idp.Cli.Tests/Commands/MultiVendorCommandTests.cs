using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using IdentityProviders.Emulator;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

/// <summary>One emulator with every vendor, shared by the multi-vendor tests (they only read).</summary>
public sealed class AllVendorsEmulatorFixture : IAsyncLifetime
{
    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public Dictionary<string, string?> Environment() => IdpRunner.AllVendorsEnvironment(Emulator);

    public async Task InitializeAsync() => Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions());

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}

public sealed class MultiVendorCommandTests(AllVendorsEmulatorFixture fixture) : IClassFixture<AllVendorsEmulatorFixture>
{
    // The emulator's defaults: 28 Cloudflare account providers; a Zitadel organization sees its 24 plus the instance's 12.
    internal const int CloudflareSeeded = 28;
    internal const int ZitadelListed = 36;

    private static readonly string[] VendorOrder = ["cloudflare", "keycard", "waldur", "zitadel"];

    /// <summary>A loopback port nothing listens on.</summary>
    internal static string ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    [Fact]
    public async Task List_all_groups_every_vendor_in_the_table()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "all"], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        var headings = result.StdoutLines.Where(l => !l.StartsWith("ID ", StringComparison.Ordinal) && !l.Contains("  ", StringComparison.Ordinal)).ToList();
        headings.Should().Equal(
            $"cloudflare ({CloudflareSeeded} providers)",
            "keycard (25 providers)",
            "waldur (12 providers)",
            $"zitadel ({ZitadelListed} providers)");
        result.StdoutLines.Should().OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public async Task List_all_as_json_is_one_array_in_vendor_order()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "all", "--format", "json"], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var vendors = document.RootElement.EnumerateArray().Select(e => e.GetProperty("vendor").GetString()).ToList();
        vendors.Distinct().Should().Equal(VendorOrder);
        vendors.Count(v => v == "keycard").Should().Be(25);
    }

    [Fact]
    public async Task List_of_named_vendors_streams_jsonl_lines_of_only_those()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "waldur,keycard", "--format", "jsonl"], fixture.Environment());

        result.ExitCode.Should().Be(0, result.ToString());
        var vendors = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("vendor").GetString()).ToList();
        vendors.Should().HaveCount(37).And.OnlyContain(v => v == "keycard" || v == "waldur");
    }

    [Fact]
    public async Task One_failing_vendor_is_reported_and_the_others_are_still_listed_with_exit_5()
    {
        var environment = fixture.Environment();
        environment["WALDUR_BASE_URL"] = ClosedPortUrl();

        var result = await IdpRunner.RunAsync(["list", "--vendor", "all"], environment);

        result.ExitCode.Should().Be(5, result.ToString());
        result.Stderr.Should().Contain("idp: error: waldur:").And.Contain("1 of 4 vendors failed (waldur)");
        result.Stdout.Should().Contain("keycard (25 providers)").And.Contain("cloudflare (").And.Contain("zitadel (")
            .And.Contain("waldur (failed after 0; see stderr)");
    }

    [Fact]
    public async Task A_vendor_with_a_wrong_token_fails_alone()
    {
        var environment = fixture.Environment();
        environment["KEYCARD_TOKEN"] = "wrong-token";

        var result = await IdpRunner.RunAsync(["list", "--vendor", "all", "--format", "jsonl"], environment);

        result.ExitCode.Should().Be(5, result.ToString());
        result.Stderr.Should().Contain("idp: error: keycard:");
        result.StdoutLines.Should().HaveCount(CloudflareSeeded + 12 + ZitadelListed);
        (result.Stdout + result.Stderr).Should().NotContain("wrong-token");
    }

    [Fact]
    public async Task Connection_flags_are_refused_with_several_vendors()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "all", "--base-url", "http://127.0.0.1:1/"], fixture.Environment());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("--base-url addresses one vendor");
    }

    [Fact]
    public async Task An_unknown_vendor_in_a_list_is_a_usage_error()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "keycard,okta"], fixture.Environment());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("unknown vendor 'okta'");
    }

    [Fact]
    public async Task Without_settings_one_built_in_emulator_serves_every_vendor()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "all", "--format", "jsonl"], new Dictionary<string, string?>());

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Where(l => l.Contains("built-in emulator", StringComparison.Ordinal)).Should().ContainSingle();
        result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("vendor").GetString()).Distinct().Order().Should().Equal(VendorOrder);
    }
}
