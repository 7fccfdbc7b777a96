using System.Text.Json;
using IdentityProviders.Emulator;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

/// <summary>One emulator with a distinctive Zitadel token and a key file on disk.</summary>
public sealed class ZitadelEmulatorFixture : IAsyncLifetime
{
    public const int OrgSeed = 24;
    public const int InstanceSeed = 12;

    public string Token { get; } = "zt-pat-" + Guid.NewGuid().ToString("N");

    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), "idp-cli-zitadel-key-" + Guid.NewGuid().ToString("N") + ".json");

    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public ZitadelEmulatorInfo Info => Emulator.Zitadel;

    public async Task InitializeAsync()
    {
        Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { ZitadelSeedCount = OrgSeed, ZitadelInstanceSeedCount = InstanceSeed, ZitadelToken = Token });
        Info.WriteKeyFile(KeyFile);
    }

    public async Task DisposeAsync()
    {
        File.Delete(KeyFile);
        await Emulator.DisposeAsync();
    }
}

public sealed class ZitadelCommandTests(ZitadelEmulatorFixture fixture) : IClassFixture<ZitadelEmulatorFixture>
{
    private string[] WithToken(string command, params string[] extra) =>
        [command, "--vendor", "zitadel", "--base-url", fixture.Info.BaseUrl.ToString(), "--token", fixture.Token, .. extra];

    private static List<JsonElement> JsonLines(CliResult result) =>
        [.. result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private void ShouldNotLeak(CliResult result)
    {
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            text.Should().NotContain(fixture.Token).And.NotContain("PRIVATE KEY").And.NotContain("seed-secret").And.NotContain("seed-bind-password").And.NotContain("PG1kOkVudGl0eURlc2NyaXB0b3");
        }
    }

    [Fact]
    public async Task List_at_org_level_prints_the_orgs_and_the_instances_providers_of_every_type()
    {
        var result = await IdpRunner.RunAsync(WithToken("list", "--format", "jsonl", "--verbose"));

        result.ExitCode.Should().Be(0, result.ToString());
        var items = JsonLines(result);
        items.Should().HaveCount(ZitadelEmulatorFixture.OrgSeed + ZitadelEmulatorFixture.InstanceSeed);
        items.Select(i => i.GetProperty("type").GetString()).Distinct().Should().HaveCount(12);
        items.Select(i => i.GetProperty("protocol").GetString()).Distinct().Should().BeEquivalentTo("oidc", "oauth2", "saml", "ldap", "jwt", "social");
        items.Select(i => i.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
        var saml = items.First(i => i.GetProperty("type").GetString() == "PROVIDER_TYPE_SAML");
        saml.GetProperty("raw").GetProperty("config").GetProperty("saml").GetProperty("metadataXml").GetString().Should().Be("***REDACTED***");
        saml.GetProperty("raw").GetProperty("details").GetProperty("sequence").GetString().Should().NotBeNullOrEmpty();
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task List_at_instance_level_with_a_key_file_from_the_environment()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ZITADEL_BASE_URL"] = fixture.Info.BaseUrl.ToString(),
            ["ZITADEL_KEY_FILE"] = fixture.KeyFile,
        };

        var result = await IdpRunner.RunAsync(["list", "--vendor", "zitadel", "--level", "instance", "--format", "json", "--page-size", "5"], environment);

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        document.RootElement.GetArrayLength().Should().Be(ZitadelEmulatorFixture.InstanceSeed);
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task The_org_id_scopes_the_listing_and_comes_from_the_flag_or_environment()
    {
        var flag = await IdpRunner.RunAsync(WithToken("list", "--format", "jsonl", "--org-id", "700000000000000001"));
        var environment = new Dictionary<string, string?> { ["ZITADEL_BASE_URL"] = fixture.Info.BaseUrl.ToString(), ["ZITADEL_TOKEN"] = fixture.Token, ["ZITADEL_ORG_ID"] = fixture.Info.OrgId };
        var variable = await IdpRunner.RunAsync(["list", "--vendor", "zitadel", "--format", "jsonl"], environment);

        flag.ExitCode.Should().Be(0, flag.ToString());
        JsonLines(flag).Should().HaveCount(ZitadelEmulatorFixture.InstanceSeed, "an empty organization still sees the instance's providers");
        variable.ExitCode.Should().Be(0, variable.ToString());
        JsonLines(variable).Should().HaveCount(ZitadelEmulatorFixture.OrgSeed + ZitadelEmulatorFixture.InstanceSeed);
    }

    [Fact]
    public async Task Get_prints_one_provider_and_a_missing_one_is_not_found()
    {
        var list = await IdpRunner.RunAsync(WithToken("list", "--format", "jsonl"));
        var id = JsonLines(list).First(i => i.GetProperty("type").GetString() == "PROVIDER_TYPE_LDAP").GetProperty("id").GetString()!;

        var found = await IdpRunner.RunAsync(WithToken("get", "--id", id, "--format", "json"));
        var missing = await IdpRunner.RunAsync(WithToken("get", "--id", "1"));

        found.ExitCode.Should().Be(0, found.ToString());
        using var document = JsonDocument.Parse(found.Stdout);
        document.RootElement.GetProperty("protocol").GetString().Should().Be("ldap");
        document.RootElement.GetProperty("raw").GetProperty("config").GetProperty("ldap").GetProperty("timeout").GetString().Should().Be("10s");
        missing.ExitCode.Should().NotBe(0);
        missing.Stderr.Should().Contain("404");
        ShouldNotLeak(found);
        ShouldNotLeak(missing);
    }

    [Fact]
    public async Task Without_a_base_url_the_built_in_emulator_is_used()
    {
        var result = await IdpRunner.RunAsync("list", "--vendor", "zitadel", "--format", "jsonl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("built-in emulator").And.Contain("/zitadel/");
        JsonLines(result).Should().HaveCount(36);
    }

    [Theory]
    [InlineData("--token", "x", "--key-file", "y")]
    [InlineData("--level", "instance", "--org-id", "1")]
    [InlineData("--level", "tenant")]
    [InlineData("--zone", "z")]
    [InlineData("--key-file", "/nonexistent/key.json")]
    public async Task Usage_errors_exit_with_the_usage_code(params string[] extra)
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "zitadel", "--base-url", fixture.Info.BaseUrl.ToString(), .. extra]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task Missing_credentials_name_the_flags_and_variables()
    {
        var result = await IdpRunner.RunAsync("list", "--vendor", "zitadel", "--base-url", fixture.Info.BaseUrl.ToString());

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("ZITADEL_TOKEN").And.Contain("ZITADEL_KEY_FILE");
    }

    [Fact]
    public async Task A_wrong_token_is_an_authentication_failure()
    {
        var result = await IdpRunner.RunAsync("list", "--vendor", "zitadel", "--base-url", fixture.Info.BaseUrl.ToString(), "--token", "wrong-token");

        result.ExitCode.Should().NotBe(0);
        result.Stderr.Should().Contain("401");
    }
}
