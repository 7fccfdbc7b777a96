using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Microsoft.Extensions.Logging;

namespace Idp.Cli.Connection;

/// <summary>
/// Keycard settings: <c>--base-url</c>/<c>KEYCARD_BASE_URL</c>, <c>--token</c>/<c>KEYCARD_TOKEN</c>,
/// <c>--zone</c>/<c>KEYCARD_ZONE_ID</c>; a flag wins over its variable. Without a base URL the built-in emulator is
/// started and its token and zone are used (flags still win, so a wrong token can be tried against it).
/// </summary>
internal sealed class KeycardConnector : IVendorConnector
{
    /// <summary>The base URL variable.</summary>
    public const string BaseUrlVariable = "KEYCARD_BASE_URL";

    /// <summary>The bearer token variable.</summary>
    public const string TokenVariable = "KEYCARD_TOKEN";

    /// <summary>The zone variable.</summary>
    public const string ZoneVariable = "KEYCARD_ZONE_ID";

    /// <inheritdoc />
    public string Name => IdentityProviderVendor.Keycard;

    /// <inheritdoc />
    public async Task<VendorConnection> ConnectAsync(ConnectionArguments arguments, IdpRuntime runtime, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(runtime);
        var options = new KeycardClientOptions
        {
            LoggerFactory = loggerFactory,
            UserAgentSuffix = "idp/" + IdpApp.Version,
        };

        IdentityProviderEmulator? emulator = null;
        var baseUrl = NonEmpty(arguments.BaseUrl);
        var baseUrlSource = "--base-url";
        if (baseUrl is null && runtime.Environment(BaseUrlVariable) is { } fromEnvironment)
        {
            baseUrl = fromEnvironment;
            baseUrlSource = BaseUrlVariable;
        }

        if (baseUrl is not null)
        {
            options.BaseAddress = BaseUrl.Parse(baseUrl, baseUrlSource);
            options.Token = NonEmpty(arguments.Token) ?? runtime.Environment(TokenVariable)
                ?? throw new UsageException($"no Keycard token: pass --token or set {TokenVariable}.");
            options.ZoneId = NonEmpty(arguments.Zone) ?? runtime.Environment(ZoneVariable)
                ?? throw new UsageException($"no Keycard zone: pass --zone or set {ZoneVariable}.");
        }
        else
        {
            (var running, emulator) = await BuiltInEmulator.AcquireAsync(arguments.Emulator, cancellationToken).ConfigureAwait(false);
            if (arguments.Emulator is null)
            {
                await runtime.Error.WriteLineAsync(BuiltInEmulator.Notice("--base-url", BaseUrlVariable, running.Keycard.BaseUrl)).ConfigureAwait(false);
            }

            options.BaseAddress = running.Keycard.BaseUrl;
            options.Token = NonEmpty(arguments.Token) ?? running.Keycard.Token;
            options.ZoneId = NonEmpty(arguments.Zone) ?? running.Keycard.ZoneId;
        }

        KeycardClient? client = null;
        try
        {
            client = new KeycardClient(options);
            return new VendorConnection(client.AsIdentityProviderClient(), client, emulator);
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

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
