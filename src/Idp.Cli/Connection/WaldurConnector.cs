using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Microsoft.Extensions.Logging;
using Waldur.Sdk;

namespace Idp.Cli.Connection;

/// <summary>
/// Waldur settings: <c>--base-url</c>/<c>WALDUR_BASE_URL</c> (the deployment root, e.g. <c>https://waldur.example.com</c>)
/// and <c>--token</c>/<c>WALDUR_TOKEN</c> (an API token, sent as <c>Authorization: Token</c>); a flag wins over its
/// variable. Without a base URL the built-in emulator is started and its token is used (a token flag still wins).
/// </summary>
internal sealed class WaldurConnector : IVendorConnector
{
    /// <summary>The base URL variable.</summary>
    public const string BaseUrlVariable = "WALDUR_BASE_URL";

    /// <summary>The API token variable.</summary>
    public const string TokenVariable = "WALDUR_TOKEN";

    /// <inheritdoc />
    public string Name => IdentityProviderVendor.Waldur;

    /// <inheritdoc />
    public bool SupportsCount => true;

    /// <inheritdoc />
    public async Task<VendorConnection> ConnectAsync(ConnectionArguments arguments, IdpRuntime runtime, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(runtime);
        if ((NonEmpty(arguments.Zone) ?? NonEmpty(arguments.AccountId) ?? NonEmpty(arguments.ZoneId) ?? NonEmpty(arguments.Email) ?? NonEmpty(arguments.ApiKey)) is not null)
        {
            throw new UsageException("Waldur takes only --base-url and --token (--zone, --account-id, --zone-id, --email and --api-key belong to other vendors).");
        }

        var options = new WaldurClientOptions
        {
            LoggerFactory = loggerFactory,
            UserAgentSuffix = "idp/" + IdpApp.Version,
        };

        IdentityProviderEmulator? emulator = null;
        var baseUrl = NonEmpty(arguments.BaseUrl);
        var baseUrlSource = "--base-url";
        if (baseUrl is null && NonEmpty(runtime.Environment(BaseUrlVariable)) is { } fromEnvironment)
        {
            baseUrl = fromEnvironment;
            baseUrlSource = BaseUrlVariable;
        }

        if (baseUrl is not null)
        {
            options.BaseAddress = BaseUrl.Parse(baseUrl, baseUrlSource);
            options.Token = NonEmpty(arguments.Token) ?? NonEmpty(runtime.Environment(TokenVariable))
                ?? throw new UsageException($"no Waldur token: pass --token or set {TokenVariable}.");
        }
        else
        {
            (var running, emulator) = await BuiltInEmulator.AcquireAsync(arguments.Emulator, cancellationToken).ConfigureAwait(false);
            if (arguments.Emulator is null)
            {
                await runtime.Error.WriteLineAsync(BuiltInEmulator.Notice("--base-url", BaseUrlVariable, running.Waldur.BaseUrl)).ConfigureAwait(false);
            }

            options.BaseAddress = running.Waldur.BaseUrl;
            options.Token = NonEmpty(arguments.Token) ?? running.Waldur.Token;
        }

        WaldurClient? client = null;
        try
        {
            client = new WaldurClient(options);
            var identityProviders = client.IdentityProviders;
            return new VendorConnection(client.AsIdentityProviderClient(), client, emulator)
            {
                CountAsync = identityProviders.CountAsync,
            };
        }
        catch
        {
            client?.Dispose();
            if (emulator is not null)
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
