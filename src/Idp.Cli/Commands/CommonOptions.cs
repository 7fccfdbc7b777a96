using System.CommandLine;
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
            Description = "The vendor API base URL [env: KEYCARD_BASE_URL]. Without one, a built-in emulator is started.",
            HelpName = "url",
        };
        Token = new Option<string?>("--token")
        {
            Description = "The API bearer token [env: KEYCARD_TOKEN]. Prefer the variable: flags are visible to other local users.",
            HelpName = "token",
        };
        Zone = new Option<string?>("--zone")
        {
            Description = "The Keycard zone id [env: KEYCARD_ZONE_ID].",
            HelpName = "zone-id",
        };
        Verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log HTTP requests to stderr (credentials are never logged) and show stack traces on errors.",
            Recursive = true,
        };
        NoColor = new Option<bool>("--no-color")
        {
            Description = "Disable colored output [env: NO_COLOR]. (idp currently never colors its output.)",
            Recursive = true,
        };
    }

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

    /// <summary>Gets <c>--verbose</c> (global).</summary>
    public Option<bool> Verbose { get; }

    /// <summary>Gets <c>--no-color</c> (global).</summary>
    public Option<bool> NoColor { get; }

    /// <summary>Adds the connection options to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddConnectionOptions(Command command)
    {
        command.Options.Add(Vendor);
        command.Options.Add(BaseUrl);
        command.Options.Add(Token);
        command.Options.Add(Zone);
    }

    /// <summary>Connects to the vendor named by <c>--vendor</c> with the resolved settings.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="runtime">The runtime.</param>
    /// <param name="cancellationToken">Cancels the connection (starting the emulator).</param>
    /// <returns>The connection; dispose it when done.</returns>
    public Task<VendorConnection> ConnectAsync(ParseResult parse, IdpRuntime runtime, CancellationToken cancellationToken)
    {
        var connector = Registry.Get(parse.GetValue(Vendor) ?? string.Empty);
        var arguments = new ConnectionArguments(parse.GetValue(BaseUrl), parse.GetValue(Token), parse.GetValue(Zone));
        ILoggerFactory? logging = parse.GetValue(Verbose) ? new StderrLoggerFactory(runtime.Error) : null;
        return connector.ConnectAsync(arguments, runtime, logging, cancellationToken);
    }
}
