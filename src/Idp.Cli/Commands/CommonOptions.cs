using System.CommandLine;
using Idp.Cli.Configuration;
using Idp.Cli.Connection;
using Idp.Cli.Output;
using Microsoft.Extensions.Logging;

namespace Idp.Cli.Commands;

/// <summary>The options shared by several commands: global flags and the vendor connection flags.</summary>
internal sealed class CommonOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="registry">The supported vendors (validates <c>--vendor</c> and offers completions).</param>
    public CommonOptions(VendorRegistry registry)
    {
        Registry = registry;
        Vendor = new Option<string>("--vendor")
        {
            Description = $"The vendor: {string.Join(", ", registry.Names)}.",
            Required = true,
            HelpName = "vendor",
        };
        Vendor.CompletionSources.Add(_ => registry.Names.Select(n => new System.CommandLine.Completions.CompletionItem(n)));
        Vendor.Validators.Add(result =>
        {
            // Tokens, not the typed value: a missing value is the parser's error to report, and reading it would throw.
            if (result.Tokens.Count == 1 && !registry.Contains(result.Tokens[0].Value))
            {
                result.AddError(registry.UnknownVendorMessage(result.Tokens[0].Value));
            }
        });

        BaseUrl = new Option<string?>("--base-url")
        {
            Description = "The vendor API base URL [env: KEYCARD_BASE_URL, CLOUDFLARE_BASE_URL, ZITADEL_BASE_URL, WALDUR_BASE_URL]. Without one, a built-in emulator is started.",
            HelpName = "url",
        };
        Token = new Option<string?>("--token")
        {
            Description = "The API bearer token [env: KEYCARD_TOKEN, CLOUDFLARE_API_TOKEN, ZITADEL_TOKEN, WALDUR_TOKEN]. Prefer the variable: flags are visible to other local users.",
            HelpName = "token",
        };
        Zone = new Option<string?>("--zone")
        {
            Description = "The Keycard zone id [env: KEYCARD_ZONE_ID].",
            HelpName = "zone-id",
        };
        AccountId = new Option<string?>("--account-id")
        {
            Description = "The Cloudflare account id, or give --zone-id [env: CLOUDFLARE_ACCOUNT_ID].",
            HelpName = "account-id",
        };
        ZoneId = new Option<string?>("--zone-id")
        {
            Description = "The Cloudflare zone id, or give --account-id [env: CLOUDFLARE_ZONE_ID].",
            HelpName = "zone-id",
        };
        Email = new Option<string?>("--email")
        {
            Description = "The Cloudflare account e-mail, with --api-key instead of --token [env: CLOUDFLARE_EMAIL].",
            HelpName = "email",
        };
        ApiKey = new Option<string?>("--api-key")
        {
            Description = "The Cloudflare Global API key, with --email [env: CLOUDFLARE_API_KEY]. Prefer the variable: flags are visible to other local users.",
            HelpName = "key",
        };
        KeyFile = new Option<string?>("--key-file")
        {
            Description = "A Zitadel service-user key file (JSON), instead of --token [env: ZITADEL_KEY_FILE].",
            HelpName = "path",
        };
        OrgId = new Option<string?>("--org-id")
        {
            Description = "The Zitadel organization (x-zitadel-orgid); default: the user's own [env: ZITADEL_ORG_ID].",
            HelpName = "org-id",
        };
        Level = new Option<string?>("--level")
        {
            Description = "The Zitadel level: org (management API) or instance (admin API). Default: org.",
            HelpName = "org|instance",
        };
        Level.AcceptOnlyFromAmong("org", "instance");
        Verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log HTTP requests to stderr (credentials are never logged) and show stack traces on errors.",
            Recursive = true,
        };
        NoColor = new Option<bool>("--no-color")
        {
            Description = "Disable colored output [env: NO_COLOR]. (idp writes plain text; the flag is accepted so scripts can pass it unconditionally.)",
            Recursive = true,
        };
        Config = new Option<string?>("--config")
        {
            Description = $"The config file with named profiles [env: {IdpConfigFile.ConfigVariable}]. Default: ~/.config/idp/config.json when it exists.",
            HelpName = "path",
            Recursive = true,
        };
        Profile = new Option<string?>("--profile")
        {
            Description = $"The profile of the config file to connect with [env: {IdpConfigFile.ProfileVariable}]. Default: the file's defaultProfile.",
            HelpName = "name",
            Recursive = true,
        };
    }

    /// <summary>The value of a multi-vendor <c>--vendor</c> that selects every vendor.</summary>
    public const string AllVendors = "all";

    /// <summary>Gets <c>--config</c> (global).</summary>
    public Option<string?> Config { get; }

    /// <summary>Gets <c>--profile</c> (global).</summary>
    public Option<string?> Profile { get; }

    /// <summary>
    /// Creates a <c>--vendor</c> option that takes one vendor, a comma-separated list, or <c>all</c>.
    /// </summary>
    /// <param name="required">Whether it must be given; when not, it defaults to <c>all</c>.</param>
    /// <returns>The option.</returns>
    public Option<string> CreateVendorsOption(bool required)
    {
        var option = new Option<string>("--vendor")
        {
            Description = $"The vendor: {string.Join(", ", Registry.Names)}; several, comma-separated; or all (every vendor, or every vendor of the profile)." + (required ? string.Empty : " Default: all."),
            Required = required,
            HelpName = "vendor|all",
        };
        if (!required)
        {
            option.DefaultValueFactory = _ => AllVendors;
        }

        option.CompletionSources.Add(_ => Registry.Names.Append(AllVendors).Select(n => new System.CommandLine.Completions.CompletionItem(n)));
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1)
            {
                foreach (var name in SplitVendors(result.Tokens[0].Value))
                {
                    if (name != AllVendors && !Registry.Contains(name))
                    {
                        result.AddError(Registry.UnknownVendorMessage(name) + " Or: all.");
                        return;
                    }
                }
            }
        });
        return option;
    }

    /// <summary>Resolves a multi-vendor <c>--vendor</c> value to vendor names, in registry order.</summary>
    /// <param name="value">The value: a name, comma-separated names, or <c>all</c>.</param>
    /// <param name="profile">The run's profile: <c>all</c> means its vendors when it configures any.</param>
    /// <returns>The vendor names.</returns>
    public IReadOnlyList<string> ResolveVendors(string? value, IdpProfile? profile)
    {
        var names = SplitVendors(value ?? AllVendors);
        if (names.Contains(AllVendors))
        {
            return profile is { Vendors.Count: > 0 } ? [.. Registry.Names.Where(profile.Vendors.ContainsKey)] : Registry.Names;
        }

        foreach (var name in names)
        {
            Registry.Get(name);
        }

        return [.. Registry.Names.Where(names.Contains)];
    }

    /// <summary>Resolves the run's config profile from <c>--config</c>/<c>--profile</c> and their variables.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The profile, or <see langword="null"/>.</returns>
    public IdpProfile? ResolveProfile(ParseResult parse, IdpRuntime runtime) =>
        IdpConfigFile.ResolveProfile(parse.GetValue(Config), parse.GetValue(Profile), runtime);

    /// <summary>The connection flags as given (nothing resolved yet).</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The flags.</returns>
    public ConnectionArguments Flags(ParseResult parse) =>
        new(parse.GetValue(BaseUrl), parse.GetValue(Token), parse.GetValue(Zone))
        {
            AccountId = parse.GetValue(AccountId),
            ZoneId = parse.GetValue(ZoneId),
            Email = parse.GetValue(Email),
            ApiKey = parse.GetValue(ApiKey),
            KeyFile = parse.GetValue(KeyFile),
            OrgId = parse.GetValue(OrgId),
            Level = parse.GetValue(Level),
        };

    /// <summary>The name of the first connection flag given, or <see langword="null"/> (they address one vendor only).</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The flag name.</returns>
    public string? FirstConnectionFlag(ParseResult parse) =>
        new Option[] { BaseUrl, Token, Zone, AccountId, ZoneId, Email, ApiKey, KeyFile, OrgId, Level }
            .FirstOrDefault(o => parse.GetResult(o) is { Implicit: false })?.Name;

    /// <summary>Connects to one vendor: flags, then the profile, then the vendor's variables, then the built-in emulator.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="flags">The connection flags (<see cref="Flags"/>; empty ones for a multi-vendor run).</param>
    /// <param name="profile">The run's profile, or <see langword="null"/>.</param>
    /// <param name="emulator">The run's shared emulator, or <see langword="null"/> to start one for this connection.</param>
    /// <param name="parse">The parse result (for <c>--verbose</c>).</param>
    /// <param name="runtime">The runtime.</param>
    /// <param name="cancellationToken">Cancels the connection.</param>
    /// <returns>The connection; dispose it when done.</returns>
    public Task<VendorConnection> ConnectAsync(string vendor, ConnectionArguments flags, IdpProfile? profile, EmulatorSource? emulator, ParseResult parse, IdpRuntime runtime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var connector = Registry.Get(vendor);
        var arguments = (profile?.Apply(vendor, flags, runtime) ?? flags) with { Emulator = emulator };
        ILoggerFactory? logging = parse.GetValue(Verbose) ? new StderrLoggerFactory(runtime.Error) : null;
        return connector.ConnectAsync(arguments, runtime, logging, cancellationToken);
    }

    private static List<string> SplitVendors(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Gets the vendor registry.</summary>
    public VendorRegistry Registry { get; }

    /// <summary>Gets <c>--vendor</c>.</summary>
    public Option<string> Vendor { get; }

    /// <summary>Gets <c>--base-url</c>.</summary>
    public Option<string?> BaseUrl { get; }

    /// <summary>Gets <c>--token</c>.</summary>
    public Option<string?> Token { get; }

    /// <summary>Gets <c>--zone</c>.</summary>
    public Option<string?> Zone { get; }

    /// <summary>Gets <c>--account-id</c> (Cloudflare).</summary>
    public Option<string?> AccountId { get; }

    /// <summary>Gets <c>--zone-id</c> (Cloudflare).</summary>
    public Option<string?> ZoneId { get; }

    /// <summary>Gets <c>--email</c> (Cloudflare).</summary>
    public Option<string?> Email { get; }

    /// <summary>Gets <c>--api-key</c> (Cloudflare).</summary>
    public Option<string?> ApiKey { get; }

    /// <summary>Gets <c>--key-file</c> (Zitadel).</summary>
    public Option<string?> KeyFile { get; }

    /// <summary>Gets <c>--org-id</c> (Zitadel).</summary>
    public Option<string?> OrgId { get; }

    /// <summary>Gets <c>--level</c> (Zitadel).</summary>
    public Option<string?> Level { get; }

    /// <summary>Gets <c>--verbose</c> (global).</summary>
    public Option<bool> Verbose { get; }

    /// <summary>Gets <c>--no-color</c> (global).</summary>
    public Option<bool> NoColor { get; }

    /// <summary>Adds the connection options to a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="vendor">The command's <c>--vendor</c> (see <see cref="CreateVendorsOption"/>); default: the single-vendor <see cref="Vendor"/>.</param>
    public void AddConnectionOptions(Command command, Option<string>? vendor = null)
    {
        command.Options.Add(vendor ?? Vendor);
        command.Options.Add(BaseUrl);
        command.Options.Add(Token);
        command.Options.Add(Zone);
        command.Options.Add(AccountId);
        command.Options.Add(ZoneId);
        command.Options.Add(Email);
        command.Options.Add(ApiKey);
        command.Options.Add(KeyFile);
        command.Options.Add(OrgId);
        command.Options.Add(Level);
    }

    /// <summary>Connects to the vendor named by <c>--vendor</c> with the resolved settings.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="runtime">The runtime.</param>
    /// <param name="cancellationToken">Cancels the connection (starting the emulator).</param>
    /// <returns>The connection; dispose it when done.</returns>
    public Task<VendorConnection> ConnectAsync(ParseResult parse, IdpRuntime runtime, CancellationToken cancellationToken) =>
        ConnectAsync(parse.GetValue(Vendor) ?? string.Empty, Flags(parse), ResolveProfile(parse, runtime), emulator: null, parse, runtime, cancellationToken);
}
