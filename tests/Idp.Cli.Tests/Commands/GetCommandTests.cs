using System.Text.Json;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

public sealed class GetCommandTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string OktaId = "prv_seed0000000000000001";

    private string[] Get(params string[] extra) => ["get", "--vendor", "keycard", .. IdpRunner.Connect(fixture.Emulator), .. extra];

    [Fact]
    public async Task Json_is_one_normalized_object()
    {
        var result = await IdpRunner.RunAsync(Get("--id", OktaId, "--format", "json"));

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var item = document.RootElement;
        item.EnumerateObject().Select(p => p.Name).Should().Equal("vendor", "id", "name", "protocol", "type", "issuer", "clientId", "enabled", "raw");
        item.GetProperty("vendor").GetString().Should().Be("keycard");
        item.GetProperty("id").GetString().Should().Be(OktaId);
        item.GetProperty("name").GetString().Should().Be("Okta");
        item.GetProperty("protocol").GetString().Should().Be("oidc");
        item.GetProperty("type").GetString().Should().Be("external");
        item.GetProperty("raw").GetProperty("client_secret_set").GetBoolean().Should().BeTrue();
        result.Stdout.Should().NotContain("seed-secret", "Keycard never returns secrets and idp never invents them");
    }

    [Fact]
    public async Task Table_is_one_row_under_the_header()
    {
        var result = await IdpRunner.RunAsync(Get("--id", OktaId));

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines.Should().HaveCount(2);
        result.StdoutLines[0].Should().StartWith("ID ");
        result.StdoutLines[1].Should().StartWith(OktaId + " ").And.Contain("Okta").And.Contain("oidc");
        result.StdoutLines.Should().OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public async Task Unknown_id_exits_4_with_one_line_naming_keycard_and_404()
    {
        var result = await IdpRunner.RunAsync(Get("--id", "prv_does_not_exist"));

        result.ExitCode.Should().Be(4, result.ToString());
        result.Stdout.Should().BeEmpty();
        var line = result.StderrLines.Should().ContainSingle().Subject;
        line.Should().StartWith("idp: error: keycard providers.retrieve").And.Contain("404");
        result.Stderr.Should().NotContain("   at ").And.NotContain(fixture.Token);
    }

    [Fact]
    public async Task Missing_id_exits_2_without_any_request()
    {
        var before = fixture.Emulator.RequestCount;

        var result = await IdpRunner.RunAsync(Get());

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("'--id' is required");
        fixture.Emulator.RequestCount.Should().Be(before);
    }

    [Fact]
    public async Task Jsonl_is_not_a_get_format()
    {
        var result = await IdpRunner.RunAsync(Get("--id", OktaId, "--format", "jsonl"));

        result.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task Empty_id_is_a_bad_argument()
    {
        var before = fixture.Emulator.RequestCount;

        var result = await IdpRunner.RunAsync(Get("--id", ""));

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().NotContain("(Parameter");
        fixture.Emulator.RequestCount.Should().Be(before);
    }
}
