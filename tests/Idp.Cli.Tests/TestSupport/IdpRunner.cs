using IdentityProviders.Emulator;

namespace Idp.Cli.Tests.TestSupport;

/// <summary>Runs idp in-process with captured output and an explicit environment (never the test process's own).</summary>
public static class IdpRunner
{
    public static async Task<CliResult> RunAsync(string[] args, IDictionary<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await IdpApp.RunAsync(args, stdout, stderr, environment ?? new Dictionary<string, string?>(), cancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, environment: null);

    /// <summary>Runs with a full runtime (progress settings), capturing output.</summary>
    internal static async Task<CliResult> RunAsync(string[] args, Func<TextWriter, TextWriter, IdpRuntime> runtime, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await IdpApp.RunAsync(args, runtime(stdout, stderr), cancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The connection flags for an emulator.</summary>
    public static string[] Connect(IdentityProviderEmulator emulator) =>
        ["--base-url", emulator.Keycard.BaseUrl.ToString(), "--token", emulator.Keycard.Token, "--zone", emulator.Keycard.ZoneId];

    /// <summary>The connection environment variables for an emulator.</summary>
    public static Dictionary<string, string?> Environment(IdentityProviderEmulator emulator) => new()
    {
        ["KEYCARD_BASE_URL"] = emulator.Keycard.BaseUrl.ToString(),
        ["KEYCARD_TOKEN"] = emulator.Keycard.Token,
        ["KEYCARD_ZONE_ID"] = emulator.Keycard.ZoneId,
    };

    /// <summary>The connection environment variables of all four vendors for one emulator.</summary>
    public static Dictionary<string, string?> AllVendorsEnvironment(IdentityProviderEmulator emulator) => new()
    {
        ["KEYCARD_BASE_URL"] = emulator.Keycard.BaseUrl.ToString(),
        ["KEYCARD_TOKEN"] = emulator.Keycard.Token,
        ["KEYCARD_ZONE_ID"] = emulator.Keycard.ZoneId,
        ["CLOUDFLARE_BASE_URL"] = emulator.Cloudflare.BaseUrl.ToString(),
        ["CLOUDFLARE_API_TOKEN"] = emulator.Cloudflare.ApiToken,
        ["CLOUDFLARE_ACCOUNT_ID"] = emulator.Cloudflare.AccountId,
        ["ZITADEL_BASE_URL"] = emulator.Zitadel.BaseUrl.ToString(),
        ["ZITADEL_TOKEN"] = emulator.Zitadel.Token,
        ["WALDUR_BASE_URL"] = emulator.Waldur.BaseUrl.ToString(),
        ["WALDUR_TOKEN"] = emulator.Waldur.Token,
    };
}
