using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Microsoft.Extensions.Logging;
using Zitadel.Sdk;

namespace Idp.Cli.Connection;

/// <summary>
/// Zitadel settings: <c>--base-url</c>/<c>ZITADEL_BASE_URL</c> (the instance URL, also the issuer); a personal access
/// token (<c>--token</c>/<c>ZITADEL_TOKEN</c>) or a service-user key file (<c>--key-file</c>/<c>ZITADEL_KEY_FILE</c>);
/// <c>--org-id</c>/<c>ZITADEL_ORG_ID</c> (sent as <c>x-zitadel-orgid</c>); <c>--level org|instance</c>. Flags win over
/// variables, credentials as a whole. Without a base URL the built-in emulator is started and its token is used.
/// </summary>
internal sealed class ZitadelConnector : IVendorConnector
{
    /// <summary>The base URL variable.</summary>
    public const string BaseUrlVariable = "ZITADEL_BASE_URL";

    /// <summary>The personal access token variable.</summary>
    public const string TokenVariable = "ZITADEL_TOKEN";

    /// <summary>The key file variable.</summary>
    public const string KeyFileVariable = "ZITADEL_KEY_FILE";

    /// <summary>The organization variable.</summary>
    public const string OrgIdVariable = "ZITADEL_ORG_ID";

    /// <inheritdoc />
    public string Name => IdentityProviderVendor.Zitadel;

    /// <inheritdoc />
    public async Task<VendorConnection> ConnectAsync(ConnectionArguments arguments, IdpRuntime runtime, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(runtime);
        if ((NonEmpty(arguments.Zone) ?? NonEmpty(arguments.AccountId) ?? NonEmpty(arguments.ZoneId) ?? NonEmpty(arguments.Email) ?? NonEmpty(arguments.ApiKey)) is not null)
        {
            throw new UsageException("Zitadel takes --base-url, --token or --key-file, --org-id and --level (--zone, --account-id, --zone-id, --email and --api-key belong to other vendors).");
        }

        var level = arguments.Level switch
        {
            null or "org" => ZitadelLevel.Organization,
            "instance" => ZitadelLevel.Instance,
            _ => throw new UsageException($"--level must be org or instance, not '{arguments.Level}'."),
        };
        var (token, keyFile) = Credentials(NonEmpty(arguments.Token), NonEmpty(arguments.KeyFile), "--token", "--key-file");
        var orgId = NonEmpty(arguments.OrgId);
        var options = new ZitadelClientOptions
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
            if (token is null && keyFile is null)
            {
                (token, keyFile) = Credentials(NonEmpty(runtime.Environment(TokenVariable)), NonEmpty(runtime.Environment(KeyFileVariable)), TokenVariable, KeyFileVariable);
                if (token is null && keyFile is null)
                {
                    throw new UsageException($"no Zitadel credentials: pass --token (or set {TokenVariable}) or --key-file (or set {KeyFileVariable}).");
                }
            }

            orgId ??= NonEmpty(runtime.Environment(OrgIdVariable));
        }
        else
        {
            (var running, emulator) = await BuiltInEmulator.AcquireAsync(arguments.Emulator, cancellationToken).ConfigureAwait(false);
            if (arguments.Emulator is null)
            {
                await runtime.Error.WriteLineAsync(BuiltInEmulator.Notice("--base-url", BaseUrlVariable, running.Zitadel.BaseUrl)).ConfigureAwait(false);
            }

            options.BaseAddress = running.Zitadel.BaseUrl;
            if (token is null && keyFile is null)
            {
                token = running.Zitadel.Token;
            }
        }

        if (level == ZitadelLevel.Instance && orgId is not null && arguments.OrgId is not null)
        {
            throw new UsageException("--org-id applies to --level org only: the instance level (admin API) has no organization.");
        }

        ZitadelClient? client = null;
        try
        {
            options.Token = token;
            options.ServiceAccountKey = keyFile is null ? null : LoadKey(keyFile);
            options.OrganizationId = level == ZitadelLevel.Instance ? null : orgId;
            client = new ZitadelClient(options);
            return new VendorConnection(client.AsIdentityProviderClient(level), client, emulator);
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

    private static ZitadelServiceAccountKey LoadKey(string path)
    {
        try
        {
            return ZitadelServiceAccountKey.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"cannot use the key file '{path}': {e.Message}");
        }
    }

    private static (string? Token, string? KeyFile) Credentials(string? token, string? keyFile, string tokenName, string keyFileName) =>
        token is not null && keyFile is not null
            ? throw new UsageException($"give {tokenName} or {keyFileName}, not both: Zitadel takes one credential.")
            : (token, keyFile);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
