using System.Text.Json;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Idp.Cli.Connection;
using Idp.Cli.Tests.TestSupport;

namespace Idp.Cli.Tests.Commands;

/// <summary>One emulator (default seeds) for every vendor, addressed through the vendors' environment variables.</summary>
public sealed class CopyEmulatorFixture : IAsyncLifetime
{
    /// <summary>A client secret distinctive enough to prove it is never printed.</summary>
    public string Secret { get; } = "copy-secret-" + Guid.NewGuid().ToString("N");

    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() => Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions());

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>The four vendors' connection variables, plus <c>IDP_CLIENT_SECRET</c> when <paramref name="withSecret"/>.</summary>
    public Dictionary<string, string?> Environment(bool withSecret = true)
    {
        var environment = new Dictionary<string, string?>
        {
            ["KEYCARD_BASE_URL"] = Emulator.Keycard.BaseUrl.ToString(),
            ["KEYCARD_TOKEN"] = Emulator.Keycard.Token,
            ["KEYCARD_ZONE_ID"] = Emulator.Keycard.ZoneId,
            ["CLOUDFLARE_BASE_URL"] = Emulator.Cloudflare.BaseUrl.ToString(),
            ["CLOUDFLARE_API_TOKEN"] = Emulator.Cloudflare.ApiToken,
            ["CLOUDFLARE_ACCOUNT_ID"] = Emulator.Cloudflare.AccountId,
            ["ZITADEL_BASE_URL"] = Emulator.Zitadel.BaseUrl.ToString(),
            ["ZITADEL_TOKEN"] = Emulator.Zitadel.Token,
            ["WALDUR_BASE_URL"] = Emulator.Waldur.BaseUrl.ToString(),
            ["WALDUR_TOKEN"] = Emulator.Waldur.Token,
        };
        if (withSecret)
        {
            environment["IDP_CLIENT_SECRET"] = Secret;
        }

        return environment;
    }
}

public sealed class CopyCommandTests(CopyEmulatorFixture fixture) : IClassFixture<CopyEmulatorFixture>
{
    private const string Redacted = "***REDACTED***";

    /// <summary>One OIDC seed provider with a client id per vendor, and what its normalized record holds.</summary>
    private sealed record Source(
        string Vendor,
        string Id,
        string ClientId,
        string? Issuer,
        string? AuthorizationEndpoint,
        string? TokenEndpoint,
        string? JwksUri,
        string? UserInfoEndpoint,
        string[] Scopes,
        bool Pkce);

    private static readonly Dictionary<string, Source> Sources = new()
    {
        // Okta: every endpoint, issuer, PKCE (S256).
        ["keycard"] = new(
            "keycard", "prv_seed0000000000000001", "okta-acme-client", "https://acme.okta.com",
            "https://acme.okta.com/oauth2/v1/authorize", "https://acme.okta.com/oauth2/v1/token", "https://acme.okta.com/oauth2/v1/keys", "https://acme.okta.com/oauth2/v1/userinfo",
            ["openid", "email", "profile"], true),
        // Generic OIDC: endpoints but no issuer.
        ["cloudflare"] = new(
            "cloudflare", "a0000000-0000-4000-8000-000000000008", "acme-oidc-client", null,
            "https://login.acme.example.com/oauth2/authorize", "https://login.acme.example.com/oauth2/token", "https://login.acme.example.com/oauth2/keys", null,
            ["openid", "email", "profile"], true),
        // "OIDC org 003": an issuer, no endpoints.
        ["zitadel"] = new(
            "zitadel", "200000000000000015", "oidc-client-003", "https://idp003.example.com",
            null, null, null, null,
            ["openid", "profile", "email"], false),
        // TARA: issuer from the discovery URL, endpoints but no JWKS URI.
        ["waldur"] = new(
            "waldur", "tara", "waldur-tara", "https://tara.ria.ee",
            "https://tara.ria.ee/protocol/openid-connect/auth", "https://tara.ria.ee/protocol/openid-connect/token", null, "https://tara.ria.ee/protocol/openid-connect/userinfo",
            ["openid", "profile", "email"], false),
    };

    public static TheoryData<string, string> VendorPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Sources.Keys)
        {
            foreach (var to in Sources.Keys.Where(v => v != from))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    public static TheoryData<string> Vendors() => new(Sources.Keys);

    private static Task<CliResult> RunAsync(IDictionary<string, string?> environment, params string[] args) => IdpRunner.RunAsync(args, environment);

    private Task<CliResult> RunAsync(params string[] args) => IdpRunner.RunAsync(args, fixture.Environment());

    private void ShouldNotLeak(CliResult result)
    {
        result.Stdout.Should().NotContain(fixture.Secret, result.ToString());
        result.Stderr.Should().NotContain(fixture.Secret, result.ToString());
    }

    private async Task<T> WithClientAsync<T>(string vendor, Func<IIdentityProviderClient, Task<T>> action)
    {
        var environment = fixture.Environment(withSecret: false);
        var runtime = new IdpRuntime(TextWriter.Null, TextWriter.Null, name => environment.TryGetValue(name, out var value) ? value : null);
        var connection = await VendorRegistry.Default.Get(vendor).ConnectAsync(new ConnectionArguments(null, null, null), runtime, null, CancellationToken.None);
        await using (connection)
        {
            return await action(connection.Client);
        }
    }

    private Task<IdentityProviderInfo> ReadBackAsync(string vendor, string id) => WithClientAsync(vendor, c => c.GetAsync(id));

    private Task<int> CountAsync(string vendor) => WithClientAsync(vendor, async c =>
    {
        var count = 0;
        await foreach (var _ in c.ListAsync())
        {
            count++;
        }

        return count;
    });

    [Theory]
    [MemberData(nameof(VendorPairs))]
    public async Task Copies_an_oidc_provider_between_every_pair_of_vendors(string from, string to)
    {
        var source = Sources[from];
        var name = $"Copy {from} to {to}";
        string[] args = ["copy", "--from", from, "--id", source.Id, "--to", to, "--name", name, "--format", "json"];
        var expected = source;
        if (to != "cloudflare" && source.Issuer is null)
        {
            expected = expected with { Issuer = $"https://{from}-to-{to}.example.com/oauth2" };
            args = [.. args, "--issuer", expected.Issuer!];
        }

        if (to == "cloudflare")
        {
            var host = $"https://{from}-to-{to}.example.com";
            if (source.AuthorizationEndpoint is null)
            {
                expected = expected with { AuthorizationEndpoint = host + "/authorize" };
                args = [.. args, "--authorization-endpoint", expected.AuthorizationEndpoint!];
            }

            if (source.TokenEndpoint is null)
            {
                expected = expected with { TokenEndpoint = host + "/token" };
                args = [.. args, "--token-endpoint", expected.TokenEndpoint!];
            }

            if (source.JwksUri is null)
            {
                expected = expected with { JwksUri = host + "/keys" };
                args = [.. args, "--jwks-uri", expected.JwksUri!];
            }
        }

        var result = await RunAsync(args);

        result.ExitCode.Should().Be(0, result.ToString());
        ShouldNotLeak(result);
        using var printed = JsonDocument.Parse(result.Stdout);
        printed.RootElement.GetProperty("vendor").GetString().Should().Be(to);
        printed.RootElement.GetProperty("clientId").GetString().Should().Be(source.ClientId);
        var newId = printed.RootElement.GetProperty("id").GetString()!;
        result.StderrLines.Should().ContainSingle().Which.Should().Be($"idp: copied {from}/{source.Id} to {to}/{newId}");

        var copy = await ReadBackAsync(to, newId);
        copy.Name.Should().Be(name);
        copy.Protocol.Should().Be(ProtocolFamily.Oidc);
        copy.ClientId.Should().Be(source.ClientId);
        copy.Scopes.Should().BeEquivalentTo(expected.Scopes);
        copy.PkceEnabled.Should().Be(expected.Pkce);
        switch (to)
        {
            case "cloudflare":
                // A Cloudflare OIDC provider stores the endpoints and no issuer.
                copy.Issuer.Should().BeNull();
                copy.AuthorizationEndpoint.Should().Be(expected.AuthorizationEndpoint);
                copy.TokenEndpoint.Should().Be(expected.TokenEndpoint);
                copy.JwksUri.Should().Be(expected.JwksUri);
                break;
            case "keycard":
                copy.Issuer.Should().Be(expected.Issuer);
                copy.AuthorizationEndpoint.Should().Be(expected.AuthorizationEndpoint);
                copy.TokenEndpoint.Should().Be(expected.TokenEndpoint);
                copy.JwksUri.Should().Be(expected.JwksUri);
                copy.UserInfoEndpoint.Should().Be(expected.UserInfoEndpoint);
                copy.ClientSecretSet.Should().BeTrue();
                break;
            case "waldur":
                copy.Issuer.Should().Be(expected.Issuer);
                copy.Id.Should().Be($"copy-{from}-to-{to}");
                copy.ClientSecretSet.Should().BeTrue();
                break;
            default:
                // Zitadel reads the endpoints from the issuer's discovery document.
                copy.Issuer.Should().Be(expected.Issuer);
                break;
        }

        // The same record through the CLI.
        var get = await RunAsync("get", "--vendor", to, "--id", newId, "--format", "json");
        get.ExitCode.Should().Be(0, get.ToString());
        using var got = JsonDocument.Parse(get.Stdout);
        got.RootElement.GetProperty("clientId").GetString().Should().Be(source.ClientId);
        got.RootElement.GetProperty("issuer").GetString().Should().Be(to == "cloudflare" ? null : expected.Issuer);
        ShouldNotLeak(get);
    }

    [Fact]
    public async Task A_missing_endpoint_fails_with_exit_2_naming_the_flag_and_sends_nothing_to_the_target()
    {
        // Keycard's GitHub provider is OAuth 2.0 with authorize and token endpoints but no JWKS URI.
        var before = await CountAsync("cloudflare");
        var requests = fixture.Emulator.RequestCount;

        var result = await RunAsync("copy", "--from", "keycard", "--id", "prv_seed0000000000000004", "--to", "cloudflare", "--name", "GitHub no jwks");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().ContainSingle().Which.Should().Be(
            "idp: error: cloudflare needs the JWKS URI to create an OIDC provider; the keycard provider has none: pass --jwks-uri.");
        fixture.Emulator.RequestCount.Should().Be(requests + 1, "only the source was read");
        (await CountAsync("cloudflare")).Should().Be(before);
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task Every_missing_field_is_named_at_once_with_its_flag()
    {
        var before = await CountAsync("cloudflare");

        var result = await RunAsync(fixture.Environment(withSecret: false), "copy", "--from", "zitadel", "--id", Sources["zitadel"].Id, "--to", "cloudflare");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain(
            "cloudflare needs the authorization endpoint, the token endpoint and the JWKS URI to create an OIDC provider; the zitadel provider has none of them: pass --authorization-endpoint, --token-endpoint and --jwks-uri.")
            .And.Contain("It also needs a client secret: pass --client-secret or set IDP_CLIENT_SECRET");
        (await CountAsync("cloudflare")).Should().Be(before);
    }

    [Fact]
    public async Task A_missing_issuer_names_the_issuer_flag()
    {
        var before = await CountAsync("zitadel");
        var requests = fixture.Emulator.RequestCount;

        var result = await RunAsync("copy", "--from", "cloudflare", "--id", Sources["cloudflare"].Id, "--to", "zitadel");

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Be(
            "idp: error: zitadel needs the issuer to create an OIDC provider; the cloudflare provider has none: pass --issuer.");
        fixture.Emulator.RequestCount.Should().Be(requests + 1, "only the source was read");
        (await CountAsync("zitadel")).Should().Be(before);
    }

    [Fact]
    public async Task An_invalid_override_fails_with_exit_2_naming_the_flag()
    {
        var result = await RunAsync("copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", "zitadel", "--issuer", "idp.example.com");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("'idp.example.com' is not an absolute http(s) URL (given with --issuer)");
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task A_dry_run_prints_the_request_with_the_secret_redacted_and_leaves_the_target_unchanged(string to)
    {
        var before = await CountAsync(to);
        var requests = fixture.Emulator.RequestCount;

        var result = await RunAsync(
            "copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", to, "--name", $"Dry run to {to}", "--dry-run", "--verbose",
            "--issuer", $"https://dry-run-{to}.example.com");

        result.ExitCode.Should().Be(0, result.ToString());
        ShouldNotLeak(result);
        var path = to switch
        {
            "keycard" => $"zones/{fixture.Emulator.Keycard.ZoneId}/providers",
            "cloudflare" => $"accounts/{fixture.Emulator.Cloudflare.AccountId}/access/identity_providers",
            "zitadel" => "management/v1/idps/generic_oidc",
            _ => "api/identity-providers/",
        };
        result.StdoutLines[0].Should().Be("POST " + path);
        using var body = JsonDocument.Parse(string.Join('\n', result.StdoutLines.Skip(1)));
        var (clientId, secret) = to switch
        {
            "keycard" => (body.RootElement.GetProperty("client_id"), body.RootElement.GetProperty("client_secret")),
            "cloudflare" => (body.RootElement.GetProperty("config").GetProperty("client_id"), body.RootElement.GetProperty("config").GetProperty("client_secret")),
            "zitadel" => (body.RootElement.GetProperty("clientId"), body.RootElement.GetProperty("clientSecret")),
            _ => (body.RootElement.GetProperty("client_id"), body.RootElement.GetProperty("client_secret")),
        };
        clientId.GetString().Should().Be(Sources["keycard"].ClientId);
        secret.GetString().Should().Be(Redacted);
        result.Stdout.Should().Contain($"Dry run to {to}");
        result.Stderr.Should().Contain($"idp: dry run: nothing was sent to {to}.").And.NotContain("HTTP POST");
        fixture.Emulator.RequestCount.Should().Be(requests + 1, "only the source was read");
        (await CountAsync(to)).Should().Be(before);
    }

    [Theory]
    [InlineData("cloudflare")]
    [InlineData("zitadel")]
    [InlineData("waldur")]
    public async Task A_target_that_needs_a_secret_fails_with_exit_2_without_one(string to)
    {
        var before = await CountAsync(to);

        var result = await RunAsync(fixture.Environment(withSecret: false), "copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", to, "--name", $"No secret to {to}");

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Be(
            $"idp: error: {to} needs a client secret to create an OIDC provider: pass --client-secret or set IDP_CLIENT_SECRET (secrets are never read back from the source).");
        (await CountAsync(to)).Should().Be(before);
    }

    [Fact]
    public async Task Keycard_accepts_a_copy_without_a_secret_and_says_it_has_none()
    {
        var result = await RunAsync(
            fixture.Environment(withSecret: false),
            "copy", "--from", "waldur", "--id", "keycloak", "--to", "keycard", "--name", "Keycloak without secret");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().Contain("idp: warning: the copy has no client secret (secrets are never read back from waldur)");
        var newId = result.StdoutLines[1].Split(' ')[0];
        (await ReadBackAsync("keycard", newId)).ClientSecretSet.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public async Task The_secret_never_appears_in_any_output_even_with_verbose(string to)
    {
        var name = $"Leak check to {to}";
        var environment = fixture.Environment(withSecret: false);
        string[] copy =
        [
            "copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", to, "--name", name, "--issuer", $"https://leak-{to}.example.com",
            "--client-secret", fixture.Secret, "--verbose",
        ];

        var dryRun = await RunAsync(environment, [.. copy, "--dry-run"]);
        var table = await RunAsync(environment, copy);
        var json = await RunAsync(fixture.Environment(), ["copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", to, "--name", name + " 2", "--issuer", $"https://leak2-{to}.example.com", "--format", "json", "--verbose"]);
        var failed = await RunAsync(environment, [.. copy, "--authorization-endpoint", "not a url"]);

        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        table.ExitCode.Should().Be(0, table.ToString());
        json.ExitCode.Should().Be(0, json.ToString());
        failed.ExitCode.Should().Be(2, failed.ToString());
        table.Stderr.Should().Contain("idp: debug:", "--verbose logs the HTTP requests");
        var newId = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("id").GetString()!;
        var get = await RunAsync("get", "--vendor", to, "--id", newId, "--format", "json", "--verbose");
        var list = await RunAsync("list", "--vendor", to, "--format", "jsonl", "--verbose");
        get.ExitCode.Should().Be(0, get.ToString());
        list.ExitCode.Should().Be(0, list.ToString());
        foreach (var result in new[] { dryRun, table, json, failed, get, list })
        {
            ShouldNotLeak(result);
        }
    }

    [Fact]
    public async Task Scope_and_pkce_overrides_replace_the_sources()
    {
        var result = await RunAsync(
            "copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", "zitadel", "--name", "Okta narrowed",
            "--scopes", "openid,email groups", "--pkce", "false", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        var copy = await ReadBackAsync("zitadel", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("id").GetString()!);
        copy.Scopes.Should().Equal("openid", "email", "groups");
        copy.PkceEnabled.Should().BeFalse();
        copy.Issuer.Should().Be(Sources["keycard"].Issuer);
    }

    [Fact]
    public async Task A_copy_within_the_same_vendor_is_allowed()
    {
        var result = await RunAsync("copy", "--from", "waldur", "--id", "tara", "--to", "waldur", "--name", "TARA staging");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Be("idp: copied waldur/tara to waldur/tara-staging");
        result.StdoutLines[1].Should().StartWith("tara-staging");
        (await ReadBackAsync("waldur", "tara-staging")).ClientId.Should().Be("waldur-tara");
    }

    [Fact]
    public async Task An_unknown_source_id_is_exit_4()
    {
        var result = await RunAsync("copy", "--from", "keycard", "--id", "prv_doesnotexist", "--to", "zitadel");

        result.ExitCode.Should().Be(4, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("idp: error:").And.Contain("prv_doesnotexist");
    }

    [Theory]
    [InlineData("cloudflare", "a0000000-0000-4000-8000-000000000012", "cloudflare provider 'a0000000-0000-4000-8000-000000000012' uses saml; only OIDC and OAuth 2.0 providers can be copied.")]
    [InlineData("keycard", "prv_seed0000000000000009", "keycard provider 'prv_seed0000000000000009' uses other; only OIDC and OAuth 2.0 providers can be copied.")]
    [InlineData("keycard", "prv_seed0000000000000003", "keycard provider 'prv_seed0000000000000003' has no client id to copy.")]
    public async Task A_source_that_is_not_oidc_with_a_client_id_is_exit_2(string from, string id, string message)
    {
        var before = await CountAsync("zitadel");

        var result = await RunAsync("copy", "--from", from, "--id", id, "--to", "zitadel");

        result.ExitCode.Should().Be(2, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().Be("idp: error: " + message);
        (await CountAsync("zitadel")).Should().Be(before);
    }

    [Theory]
    [InlineData("--to", "okta", "--to: unknown vendor 'okta'; supported vendors: cloudflare, keycard, waldur, zitadel.")]
    [InlineData("--pkce", "maybe", "--pkce must be one of true, false, not 'maybe'.")]
    [InlineData("--format", "jsonl", "--format must be one of table, json, not 'jsonl'.")]
    public async Task Bad_arguments_are_exit_2(string option, string value, string message)
    {
        string[] args = ["copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", "zitadel"];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args[..(index + 1)], value, .. args[(index + 2)..]] : [.. args, option, value];

        var result = await RunAsync(args);

        result.ExitCode.Should().Be(2, result.ToString());
        result.Stderr.Should().Contain("idp: error: " + message);
    }

    [Fact]
    public async Task Without_settings_both_vendors_share_one_built_in_emulator()
    {
        var result = await IdpRunner.RunAsync(
            ["copy", "--from", "keycard", "--id", Sources["keycard"].Id, "--to", "zitadel", "--format", "json"],
            new Dictionary<string, string?> { ["IDP_CLIENT_SECRET"] = fixture.Secret });

        result.ExitCode.Should().Be(0, result.ToString());
        result.StderrLines.Should().HaveCount(2);
        result.StderrLines[0].Should().StartWith("idp: using the built-in emulator at ");
        result.StderrLines[1].Should().StartWith("idp: copied keycard/prv_seed0000000000000001 to zitadel/");
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("issuer").GetString().Should().Be("https://acme.okta.com");
        ShouldNotLeak(result);
    }

    [Fact]
    public async Task Help_shows_examples_and_warns_about_the_secret_flag()
    {
        var result = await IdpRunner.RunAsync("copy", "--help");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("Examples:").And.Contain("IDP_CLIENT_SECRET=s3cret idp copy --from keycard --id prv_seed0000000000000001 --to zitadel")
            .And.Contain("flags are visible to other local users").And.NotContain("--base-url").And.NotContain("--token ");
    }
}
