using Cloudflare.Access.Sdk;
using IdentityProviders.Emulator;
using IdentityProviders.Sdk;
using Microsoft.Extensions.Logging;

namespace Idp.Cli.Connection;

/// <summary>
/// Cloudflare settings: <c>--base-url</c>/<c>CLOUDFLARE_BASE_URL</c>; an API token (<c>--token</c>/<c>CLOUDFLARE_API_TOKEN</c>)
/// or an e-mail and Global API key (<c>--email</c>/<c>CLOUDFLARE_EMAIL</c> with <c>--api-key</c>/<c>CLOUDFLARE_API_KEY</c>);
/// and one scope, <c>--account-id</c>/<c>CLOUDFLARE_ACCOUNT_ID</c> or <c>--zone-id</c>/<c>CLOUDFLARE_ZONE_ID</c>. Flags
/// win over variables: credentials or a scope given as flags replace those of the environment as a whole. Without a
/// base URL the built-in emulator is started and its token and account are used (flags still win).
/// </summary>
internal sealed class CloudflareConnector : IVendorConnector
{
    /// <summary>The base URL variable.</summary>
    public const string BaseUrlVariable = "CLOUDFLARE_BASE_URL";

    /// <summary>The API token variable.</summary>
    public const string TokenVariable = "CLOUDFLARE_API_TOKEN";

    /// <summary>The account e-mail variable.</summary>
    public const string EmailVariable = "CLOUDFLARE_EMAIL";

    /// <summary>The Global API key variable.</summary>
    public const string ApiKeyVariable = "CLOUDFLARE_API_KEY";

    /// <summary>The account scope variable.</summary>
    public const string AccountVariable = "CLOUDFLARE_ACCOUNT_ID";

    /// <summary>The zone scope variable.</summary>
    public const string ZoneVariable = "CLOUDFLARE_ZONE_ID";

    /// <inheritdoc />
    public string Name => IdentityProviderVendor.Cloudflare;

    /// <inheritdoc />
    public async Task<VendorConnection> ConnectAsync(ConnectionArguments arguments, IdpRuntime runtime, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(runtime);
        if (NonEmpty(arguments.Zone) is not null)
        {
            throw new UsageException("--zone is Keycard's zone; for Cloudflare pass --zone-id (or --account-id).");
        }

        var options = new CloudflareAccessClientOptions
        {
            LoggerFactory = loggerFactory,
            UserAgentSuffix = "idp/" + IdpApp.Version,
        };

        // Flags first, as a whole: a token flag is not mixed with a key from the environment, nor an account flag with a zone variable.
        var (token, email, apiKey) = Credentials(arguments.Token, arguments.Email, arguments.ApiKey, "--token", "--email", "--api-key");
        var (accountId, zoneId) = Scope(arguments.AccountId, arguments.ZoneId, "--account-id", "--zone-id");
        var hasCredentials = token is not null || email is not null || apiKey is not null;
        var hasScope = accountId is not null || zoneId is not null;

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
            if (!hasCredentials)
            {
                (token, email, apiKey) = Credentials(runtime.Environment(TokenVariable), runtime.Environment(EmailVariable), runtime.Environment(ApiKeyVariable), TokenVariable, EmailVariable, ApiKeyVariable);
                if (token is null && email is null && apiKey is null)
                {
                    throw new UsageException($"no Cloudflare credentials: pass --token (or set {TokenVariable}), or --email and --api-key (or set {EmailVariable} and {ApiKeyVariable}).");
                }
            }

            if (!hasScope)
            {
                (accountId, zoneId) = Scope(runtime.Environment(AccountVariable), runtime.Environment(ZoneVariable), AccountVariable, ZoneVariable);
                if (accountId is null && zoneId is null)
                {
                    throw new UsageException($"no Cloudflare scope: pass --account-id or --zone-id (or set {AccountVariable} or {ZoneVariable}).");
                }
            }
        }
        else
        {
            (var running, emulator) = await BuiltInEmulator.AcquireAsync(arguments.Emulator, cancellationToken).ConfigureAwait(false);
            var info = running.Cloudflare;
            if (arguments.Emulator is null)
            {
                await runtime.Error.WriteLineAsync(BuiltInEmulator.Notice("--base-url", BaseUrlVariable, info.BaseUrl)).ConfigureAwait(false);
            }

            options.BaseAddress = info.BaseUrl;
            if (!hasCredentials)
            {
                token = info.ApiToken;
            }

            if (!hasScope)
            {
                accountId = info.AccountId;
            }
        }

        options.ApiToken = token;
        options.Email = email;
        options.ApiKey = apiKey;
        CloudflareAccessClient? client = null;
        try
        {
            var scope = CloudflareScope.From(accountId, zoneId);
            client = new CloudflareAccessClient(options);
            return new VendorConnection(client.AsIdentityProviderClient(scope), client, emulator);
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

    private static (string? Token, string? Email, string? ApiKey) Credentials(string? token, string? email, string? apiKey, string tokenName, string emailName, string apiKeyName)
    {
        (token, email, apiKey) = (NonEmpty(token), NonEmpty(email), NonEmpty(apiKey));
        if (token is not null && (email is not null || apiKey is not null))
        {
            throw new UsageException($"give {tokenName} or {emailName} with {apiKeyName}, not both: Cloudflare takes one authentication scheme.");
        }

        if ((email is null) != (apiKey is null))
        {
            throw new UsageException($"{emailName} and {apiKeyName} go together (X-Auth-Email and X-Auth-Key): give both.");
        }

        return (token, email, apiKey);
    }

    private static (string? AccountId, string? ZoneId) Scope(string? accountId, string? zoneId, string accountName, string zoneName)
    {
        (accountId, zoneId) = (NonEmpty(accountId), NonEmpty(zoneId));
        if (accountId is not null && zoneId is not null)
        {
            throw new UsageException($"give {accountName} or {zoneName}, not both: the account and zone scopes are mutually exclusive.");
        }

        return (accountId, zoneId);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
