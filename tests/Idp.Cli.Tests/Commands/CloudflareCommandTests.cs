using System.Text.Json;
using IdentityProviders.Emulator;
using Idp.Cli.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Idp.Cli.Tests.Commands;

/// <summary>One emulator with distinctive Cloudflare credentials, so tests can prove they are never printed.</summary>
public sealed class CloudflareEmulatorFixture : IAsyncLifetime
{
    public const int SeedCount = 28;

    public string Token { get; } = "cf-tok-" + Guid.NewGuid().ToString("N");

    public string ApiKey { get; } = "cf-key-" + Guid.NewGuid().ToString("N");

    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public CloudflareEmulatorInfo Info => Emulator.Cloudflare;

    public async Task InitializeAsync() =>
        Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { CloudflareSeedCount = SeedCount, CloudflareApiToken = Token, CloudflareApiKey = ApiKey });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}

public sealed class CloudflareCommandTests(CloudflareEmulatorFixture fixture) : IClassFixture<CloudflareEmulatorFixture>
{
    private const string EntraId = "a0000000-0000-4000-8000-000000000001";

    private string[] WithToken(string command, params string[] extra) =>
        [command, "--vendor", "cloudflare", "--base-url", fixture.Info.BaseUrl.ToString(), "--token", fixture.Token, "--account-id", fixture.Info.AccountId, .. extra];

    private string[] WithKey(string command, params string[] extra) =>
        [command, "--vendor", "cloudflare", "--base-url", fixture.Info.BaseUrl.ToString(), "--email", fixture.Info.Email, "--api-key", fixture.ApiKey, "--zone-id", fixture.Info.ZoneId, .. extra];

    private static List<JsonElement> JsonLines(CliResult result) =>
        [.. result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private void ShouldNotLeak(CliResult result)
    {
        foreach (var text in new[] { result.Stdout, result.Stderr })
        {
            text.Should().NotContain(fixture.Token).And.NotContain(fixture.ApiKey).And.NotContain("-secret\"").And.NotContain("seed-scim-secret");
        }
    }

    [Fact]
    public async Task List_with_a_token_and_an_account_prints_every_seeded_provider_of_all_14_types()
    {
        var result = await IdpRunner.RunAsync(WithToken("list", "--format", "jsonl", "--verbose"));

        result.ExitCode.Should().Be(0, result.ToString());
        var items = JsonLines(result);
        items.Should().HaveCount(CloudflareEmulatorFixture.SeedCount);
        items.Should().OnlyContain(i => i.GetProperty("vendor").GetString() == "cloudflare");
        items.Select(i => i.GetProperty("type").GetString()).Distinct().Should().HaveCount(14);
        items.Select(i => i.GetProperty("protocol").GetString()).Distinct().Should().BeEquivalentTo("oidc", "saml", "social", "one-time-pin");
        items.Select(i => i.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id!.StartsWith('a'));
        var entra = items.Single(i => i.GetProperty("id").GetString() == EntraId);
        entra.GetProperty("raw").GetProperty("config").GetProperty("client_secret").GetString().Should().Be("***REDACTED***");
        entra.GetProperty("issuer").GetString().Should().Be("https://login.microsoftonline.com/8f0c2c6e-3b51-4b8e-9c8a-0a8b5f1c2d3e/v2.0");
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task List_with_email_and_key_and_a_zone_lists_the_zone()
    {
        var result = await IdpRunner.RunAsync(WithKey("list", "--format", "json", "--page-size", "5"));

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        document.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().HaveCount(CloudflareEmulatorFixture.SeedCount)
            .And.OnlyContain(id => id!.StartsWith('b'));
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task Table_fits_80_columns()
    {
        var result = await IdpRunner.RunAsync(WithToken("list"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines.Should().HaveCount(CloudflareEmulatorFixture.SeedCount + 1).And.OnlyContain(l => l.Length <= 80);
    }

    [Fact]
    public async Task Environment_variables_configure_the_connection()
    {
        var environment = new Dictionary<string, string?>
        {
            ["CLOUDFLARE_BASE_URL"] = fixture.Info.BaseUrl.ToString(),
            ["CLOUDFLARE_EMAIL"] = fixture.Info.Email,
            ["CLOUDFLARE_API_KEY"] = fixture.ApiKey,
            ["CLOUDFLARE_ZONE_ID"] = fixture.Info.ZoneId,
        };

        var result = await IdpRunner.RunAsync(["list", "--vendor", "cloudflare", "--format", "jsonl"], environment);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        JsonLines(result).Should().HaveCount(CloudflareEmulatorFixture.SeedCount).And.OnlyContain(i => i.GetProperty("id").GetString()!.StartsWith('b'));
    }

    [Fact]
    public async Task Flags_win_over_the_environment_as_a_whole()
    {
        var environment = new Dictionary<string, string?>
        {
            ["CLOUDFLARE_BASE_URL"] = fixture.Info.BaseUrl.ToString(),
            ["CLOUDFLARE_API_TOKEN"] = "wrong",
            ["CLOUDFLARE_ZONE_ID"] = fixture.Info.ZoneId,
        };

        var withFlags = await IdpRunner.RunAsync(["list", "--vendor", "cloudflare", "--email", fixture.Info.Email, "--api-key", fixture.ApiKey, "--account-id", fixture.Info.AccountId, "--format", "jsonl"], environment);
        var withoutFlags = await IdpRunner.RunAsync(["list", "--vendor", "cloudflare"], environment);

        withFlags.ExitCode.Should().Be(0, withFlags.ToString());
        JsonLines(withFlags).Should().OnlyContain(i => i.GetProperty("id").GetString()!.StartsWith('a'));
        withoutFlags.ExitCode.Should().Be(3, withoutFlags.ToString());
        withoutFlags.StderrLines.Should().ContainSingle().Which.Should().Contain("9109").And.Contain("403");
    }

    [Fact]
    public async Task Without_a_base_url_the_built_in_emulator_account_is_listed()
    {
        var result = await IdpRunner.RunAsync("list", "--vendor", "cloudflare", "--format", "jsonl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().MatchRegex(@"^idp: no --base-url or CLOUDFLARE_BASE_URL given; using the built-in emulator at http://127\.0\.0\.1:\d+/cloudflare/client/v4/$");
        JsonLines(result).Should().HaveCount(new EmulatorOptions().CloudflareSeedCount);
    }

    [Fact]
    public async Task Get_prints_one_normalized_object()
    {
        var result = await IdpRunner.RunAsync(WithToken("get", "--id", EntraId, "--format", "json"));

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Stdout);
        var item = document.RootElement;
        item.GetProperty("id").GetString().Should().Be(EntraId);
        item.GetProperty("type").GetString().Should().Be("azureAD");
        item.GetProperty("protocol").GetString().Should().Be("oidc");
        item.GetProperty("clientId").GetString().Should().Be("acme-entra-client");
        item.GetProperty("raw").GetProperty("scim_config").GetProperty("enabled").GetBoolean().Should().BeTrue();
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task Get_of_a_missing_provider_exits_4()
    {
        var result = await IdpRunner.RunAsync(WithKey("get", "--id", "00000000-0000-4000-8000-000000000000"));

        result.ExitCode.Should().Be(4, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("idp: error: cloudflare identity_providers.get").And.Contain("404").And.Contain("7003");
    }

    [Fact]
    public async Task Get_with_an_id_longer_than_36_characters_exits_2_before_any_request()
    {
        var before = fixture.Emulator.RequestCount;

        var result = await IdpRunner.RunAsync(WithToken("get", "--id", new string('f', 37)));

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("1..36");
        fixture.Emulator.RequestCount.Should().Be(before);
    }

    [Theory]
    [InlineData("--account-id", "a", "--zone-id", "z", "not both")]
    [InlineData("--token", "t", "--email", "e@example.com", "not both")]
    [InlineData("--email", "e@example.com", "--account-id", "a", "go together")]
    [InlineData("--zone", "z", "--token", "t", "--zone-id")]
    [InlineData("--account-id", "0123456789abcdef0123456789abcdef0", "--token", "t", "1..32")]
    public async Task Conflicting_or_incomplete_settings_exit_2(string flag1, string value1, string flag2, string value2, string messagePart)
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "cloudflare", "--base-url", fixture.Info.BaseUrl.ToString(), flag1, value1, flag2, value2]);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain(messagePart);
    }

    [Theory]
    [InlineData("CLOUDFLARE_API_TOKEN", "--account-id")]
    [InlineData("CLOUDFLARE_ACCOUNT_ID", "--token")]
    public async Task A_missing_setting_with_a_base_url_exits_2_and_says_how_to_give_it(string presentVariable, string missingFlag)
    {
        var environment = new Dictionary<string, string?> { ["CLOUDFLARE_BASE_URL"] = fixture.Info.BaseUrl.ToString(), [presentVariable] = "x" };

        var result = await IdpRunner.RunAsync(["list", "--vendor", "cloudflare"], environment);

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain(missingFlag);
    }

    [Fact]
    public async Task Another_account_exits_3()
    {
        var result = await IdpRunner.RunAsync(["list", "--vendor", "cloudflare", "--base-url", fixture.Info.BaseUrl.ToString(), "--token", fixture.Token, "--account-id", "ffffffffffffffffffffffffffffffff"]);

        result.ExitCode.Should().Be(3, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("10000");
    }

    [Fact]
    public async Task A_page_size_beyond_1000_exits_2()
    {
        var result = await IdpRunner.RunAsync(WithToken("list", "--page-size", "1001"));

        result.ExitCode.Should().Be(2, result.ToString());
    }

    [Fact]
    public async Task One_thousand_providers_list_at_50_per_page_in_20_requests()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { CloudflareSeedCount = 1000 });
        var before = emulator.RequestCount;

        var result = await IdpRunner.RunAsync(
            "list", "--vendor", "cloudflare", "--base-url", emulator.Cloudflare.BaseUrl.ToString(), "--token", emulator.Cloudflare.ApiToken,
            "--zone-id", emulator.Cloudflare.ZoneId, "--page-size", "50", "--format", "jsonl");

        result.ExitCode.Should().Be(0, result.ToString());
        JsonLines(result).Select(i => i.GetProperty("id").GetString()).Should().HaveCount(1000).And.OnlyHaveUniqueItems();
        (emulator.RequestCount - before).Should().Be(20);
    }

    [Fact]
    public async Task A_server_that_repeats_its_page_prints_it_once_and_exits_5_after_two_requests()
    {
        // Prism's behaviour with the spec's one example: the same page for every page number.
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/accounts/a/access/identity_providers").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""
                {"errors":[],"messages":[],"success":true,
                 "result":[{"config":{"client_id":"<your client id>","client_secret":"<your client secret>"},"id":"f174e90a-fafe-4643-bbbc-4a0ed4fc8415","name":"Widget Corps IDP","type":"onetimepin"}],
                 "result_info":{"count":1,"page":1,"per_page":20,"total_count":2000}}
                """));

        var result = await IdpRunner.RunAsync("list", "--vendor", "cloudflare", "--base-url", server.Url!, "--email", "e@example.com", "--api-key", "k", "--account-id", "a", "--format", "jsonl");

        result.ExitCode.Should().Be(5, result.ToString());
        result.StdoutLines.Should().ContainSingle().Which.Should().Contain("f174e90a-fafe-4643-bbbc-4a0ed4fc8415").And.NotContain("<your client secret>");
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("made no progress");
        server.LogEntries.Should().HaveCount(2);
    }
}
