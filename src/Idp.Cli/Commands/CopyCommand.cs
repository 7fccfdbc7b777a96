using System.Buffers;
using System.CommandLine;
using System.CommandLine.Completions;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk;
using Idp.Cli.Connection;
using Idp.Cli.Output;

namespace Idp.Cli.Commands;

/// <summary>
/// <c>idp copy --from VENDOR --id ID --to VENDOR [--dry-run]</c>: re-creates an OIDC/OAuth provider on another vendor
/// (or elsewhere on the same one) from its issuer, endpoints, client id and scopes. The client secret is never read back
/// from the source: it comes from <c>--client-secret</c> or <c>IDP_CLIENT_SECRET</c>. Everything the target needs is
/// checked before anything is written.
/// </summary>
internal static class CopyCommand
{
    /// <summary>The variable that supplies the copy's client secret.</summary>
    public const string ClientSecretVariable = "IDP_CLIENT_SECRET";

    private const string Description =
        "Copy an OIDC or OAuth 2.0 identity provider to another vendor (or to another place on the same vendor): the issuer, "
        + "endpoints, client id, scopes and PKCE setting are mapped onto the target's create request. The client secret is never "
        + $"read back from the source: supply it with --client-secret or {ClientSecretVariable}. What the target needs and the source "
        + "lacks (e.g. Cloudflare needs endpoints, Keycard/Zitadel/Waldur need an issuer) is given with --issuer, --authorization-endpoint, "
        + "--token-endpoint, --jwks-uri, ...; it is checked before anything is written (exit 2 names the missing flag). "
        + "Both vendors connect through the profile or their environment variables; with neither, both use one built-in emulator.\n\n"
        + "Examples:\n"
        + $"  {ClientSecretVariable}=s3cret idp copy --from keycard --id prv_seed0000000000000001 --to zitadel\n"
        + $"  {ClientSecretVariable}=s3cret idp copy --from waldur --id tara --to cloudflare --name \"TARA copy\" --jwks-uri https://tara.ria.ee/oidc/jwks\n"
        + "  idp copy --from cloudflare --id a0000000-0000-4000-8000-000000000008 --to keycard --issuer https://login.acme.example.com/oauth2 --format json\n"
        + $"  {ClientSecretVariable}=s3cret idp copy --from zitadel --id 200000000000000015 --to waldur --name \"IdP 003\" --scopes \"openid email\" --pkce true --dry-run";

    /// <summary>Creates the command.</summary>
    /// <param name="common">The shared options.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommonOptions common, IdpRuntime runtime)
    {
        var options = new CopyOptions(common.Registry);
        var command = new Command("copy", Description);
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            runtime,
            parse.GetValue(common.Verbose),
            ct => RunAsync(common, options, parse, runtime, ct),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommonOptions common, CopyOptions options, ParseResult parse, IdpRuntime runtime, CancellationToken cancellationToken)
    {
        var from = parse.GetValue(options.From) ?? string.Empty;
        var to = parse.GetValue(options.To) ?? string.Empty;
        var id = parse.GetValue(options.Id) ?? string.Empty;
        var overrides = Overrides.Read(parse, options, runtime);

        // No connection flags: they would be ambiguous between two vendors. Both connect through the profile, the
        // vendors' variables or one shared built-in emulator (so a copy inside the emulator can be read back at once).
        var noFlags = new ConnectionArguments(null, null, null);
        var profile = common.ResolveProfile(parse, runtime);
        var emulator = new EmulatorSource(runtime.Error);
        await using var emulatorScope = emulator.ConfigureAwait(false);

        IdentityProviderInfo source;
        var sourceConnection = await common.ConnectAsync(from, noFlags, profile, emulator, parse, runtime, cancellationToken).ConfigureAwait(false);
        await using (sourceConnection.ConfigureAwait(false))
        {
            source = await sourceConnection.Client.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }

        var definition = overrides.Apply(ToDefinition(source));

        var targetConnection = await common.ConnectAsync(to, noFlags, profile, emulator, parse, runtime, cancellationToken).ConfigureAwait(false);
        await using var targetScope = targetConnection.ConfigureAwait(false);
        var target = targetConnection.Client;
        var capabilities = target.Capabilities;
        if (!capabilities.CanCreateOidc)
        {
            throw new UsageException($"{to} cannot create OIDC providers through idp; choose another --to vendor.");
        }

        CheckRequiredFields(definition, capabilities, source, to, overrides);
        var preview = Preview(target, definition, source, overrides);

        if (parse.GetValue(options.DryRun))
        {
            await runtime.Output.WriteLineAsync(RenderPreview(preview)).ConfigureAwait(false);
            await runtime.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            await runtime.Error.WriteLineAsync($"idp: dry run: nothing was sent to {to}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        IdentityProviderInfo created;
        try
        {
            created = await target.CreateOidcAsync(definition, cancellationToken).ConfigureAwait(false);
        }
        catch (NotSupportedException e)
        {
            throw new UsageException($"{to} cannot create OIDC providers through idp ({e.Message}).", e);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw Rejected(e, source, overrides);
        }

        if (parse.GetValue(options.Format) == OutputFormat.Json)
        {
            await runtime.Output.WriteLineAsync(ProviderJson.ToIndentedString(created)).ConfigureAwait(false);
            await runtime.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var table = new TableWriter(runtime.Output);
            await table.WritePageAsync([created], cancellationToken).ConfigureAwait(false);
            await table.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (definition.ClientSecret is null && source.ClientSecretSet == true)
        {
            await runtime.Error.WriteLineAsync(
                $"idp: warning: the copy has no client secret (secrets are never read back from {from}); set one at {to}, or copy again with --client-secret or {ClientSecretVariable}.").ConfigureAwait(false);
        }

        await runtime.Error.WriteLineAsync($"idp: copied {from}/{source.Id} to {to}/{created.Id}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static OidcProviderDefinition ToDefinition(IdentityProviderInfo source)
    {
        try
        {
            return OidcProviderDefinition.FromProvider(source);
        }
        catch (ArgumentException e)
        {
            // "zitadel provider '123' uses saml; only OIDC and OAuth 2.0 providers can be copied."
            throw new UsageException(CommandRunner.WithoutParameterSuffix(e), e);
        }
    }

    // Every missing field at once, each with the flag that supplies it: nothing has been written yet.
    private static void CheckRequiredFields(OidcProviderDefinition definition, IdentityProviderCapabilities capabilities, IdentityProviderInfo source, string to, Overrides overrides)
    {
        var missing = capabilities.RequiredOidcFields
            .Where(f => f != nameof(OidcProviderDefinition.ClientSecret) && Fields.TryGetValue(f, out var field) && field.IsMissing(definition))
            .Select(f => Fields[f])
            .ToList();
        var secretMissing = capabilities.RequiredOidcFields.Contains(nameof(OidcProviderDefinition.ClientSecret)) && string.IsNullOrEmpty(definition.ClientSecret);
        var secretMessage = $"pass --client-secret or set {ClientSecretVariable} (secrets are never read back from the source).";
        if (missing.Count > 0)
        {
            var message = new StringBuilder()
                .Append(to).Append(" needs ").Append(JoinAnd(missing.Select(f => f.Label)))
                .Append(" to create an OIDC provider; the ").Append(source.Vendor).Append(" provider has ")
                .Append(missing.Count == 1 ? "none" : "none of them")
                .Append(": pass ").Append(JoinAnd(missing.Select(f => f.Flag)))
                .Append(secretMissing ? $". It also needs a client secret: {secretMessage}" : ".");
            throw new UsageException(message.ToString());
        }

        if (secretMissing)
        {
            throw new UsageException($"{to} needs a client secret to create an OIDC provider: {secretMessage}");
        }

        try
        {
            definition.Validate(to, capabilities.RequiredOidcFields);
        }
        catch (ArgumentException e)
        {
            throw Rejected(e, source, overrides);
        }
    }

    private static IdentityProviderRequestPreview Preview(IIdentityProviderClient target, OidcProviderDefinition definition, IdentityProviderInfo source, Overrides overrides)
    {
        try
        {
            return target.PreviewCreateOidc(definition);
        }
        catch (NotSupportedException e)
        {
            throw new UsageException($"{target.Vendor} cannot create OIDC providers through idp ({e.Message}).", e);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            throw Rejected(e, source, overrides);
        }
    }

    // The SDK's message names the field ("definition.Issuer", or Waldur's "name" for the key it derives); say which flag fixes it.
    private static UsageException Rejected(ArgumentException e, IdentityProviderInfo source, Overrides overrides)
    {
        var message = CommandRunner.WithoutParameterSuffix(e).TrimEnd('.');
        var fieldName = e.ParamName switch
        {
            { } p when p.StartsWith("definition.", StringComparison.Ordinal) => p["definition.".Length..],
            "name" => nameof(OidcProviderDefinition.Name),
            _ => null,
        };
        if (fieldName is not null && Fields.TryGetValue(fieldName, out var field))
        {
            message += field.Flag == "--client-secret" ? $": pass --client-secret or set {ClientSecretVariable}"
                : overrides.Has(fieldName) ? $" (given with {field.Flag})"
                : $" (taken from the {source.Vendor} provider): override it with {field.Flag}";
        }

        return new UsageException(message + ".", e);
    }

    private static string RenderPreview(IdentityProviderRequestPreview preview)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ProviderJson.Indented))
        {
            preview.GetRedactedBody().WriteTo(writer);
        }

        return $"{preview.Method} {preview.Path}\n{Encoding.UTF8.GetString(buffer.WrittenSpan)}";
    }

    private static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static readonly Dictionary<string, Field> Fields = new(StringComparer.Ordinal)
    {
        [nameof(OidcProviderDefinition.Name)] = new("a name", "--name", d => string.IsNullOrWhiteSpace(d.Name)),
        [nameof(OidcProviderDefinition.Issuer)] = new("the issuer", "--issuer", d => d.Issuer is null),
        [nameof(OidcProviderDefinition.AuthorizationEndpoint)] = new("the authorization endpoint", "--authorization-endpoint", d => d.AuthorizationEndpoint is null),
        [nameof(OidcProviderDefinition.TokenEndpoint)] = new("the token endpoint", "--token-endpoint", d => d.TokenEndpoint is null),
        [nameof(OidcProviderDefinition.UserInfoEndpoint)] = new("the user-info endpoint", "--userinfo-endpoint", d => d.UserInfoEndpoint is null),
        [nameof(OidcProviderDefinition.JwksUri)] = new("the JWKS URI", "--jwks-uri", d => d.JwksUri is null),
        [nameof(OidcProviderDefinition.Scopes)] = new("scopes", "--scopes", d => d.Scopes is null),
        [nameof(OidcProviderDefinition.UsePkce)] = new("a PKCE setting", "--pkce", d => d.UsePkce is null),
        [nameof(OidcProviderDefinition.ClientSecret)] = new("a client secret", "--client-secret", d => string.IsNullOrEmpty(d.ClientSecret)),
    };

    /// <summary>A definition field as the user sees it.</summary>
    /// <param name="Label">How messages name it, e.g. <c>the token endpoint</c>.</param>
    /// <param name="Flag">The flag that supplies it.</param>
    /// <param name="IsMissing">Whether a definition lacks it.</param>
    private sealed record Field(string Label, string Flag, Func<OidcProviderDefinition, bool> IsMissing);

    /// <summary>The values given to replace or fill the source's.</summary>
    private sealed record Overrides
    {
        public string? Name { get; init; }

        public string? ClientSecret { get; init; }

        public string? Issuer { get; init; }

        public string? AuthorizationEndpoint { get; init; }

        public string? TokenEndpoint { get; init; }

        public string? UserInfoEndpoint { get; init; }

        public string? JwksUri { get; init; }

        public IReadOnlyList<string>? Scopes { get; init; }

        public bool? UsePkce { get; init; }

        public static Overrides Read(ParseResult parse, CopyOptions options, IdpRuntime runtime)
        {
            IReadOnlyList<string>? scopes = null;
            if (parse.GetValue(options.Scopes) is { } scopeText)
            {
                scopes = [.. scopeText.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
                if (scopes.Count == 0)
                {
                    throw new UsageException("--scopes needs at least one scope, e.g. --scopes \"openid email profile\".");
                }
            }

            return new Overrides
            {
                Name = NonEmpty(parse.GetValue(options.Name)),
                // Used exactly as given (not trimmed): it is the upstream provider's secret.
                ClientSecret = parse.GetValue(options.ClientSecret) is { Length: > 0 } secret ? secret : runtime.Environment(ClientSecretVariable),
                Issuer = NonEmpty(parse.GetValue(options.Issuer)),
                AuthorizationEndpoint = NonEmpty(parse.GetValue(options.AuthorizationEndpoint)),
                TokenEndpoint = NonEmpty(parse.GetValue(options.TokenEndpoint)),
                UserInfoEndpoint = NonEmpty(parse.GetValue(options.UserInfoEndpoint)),
                JwksUri = NonEmpty(parse.GetValue(options.JwksUri)),
                Scopes = scopes,
                UsePkce = parse.GetValue(options.Pkce) switch { "true" => true, "false" => false, _ => null },
            };
        }

        /// <summary>Whether the field was given on the command line (or, for the secret, in the environment).</summary>
        /// <param name="field">The definition property name.</param>
        /// <returns><see langword="true"/> when given.</returns>
        public bool Has(string field) => field switch
        {
            nameof(OidcProviderDefinition.Name) => Name is not null,
            nameof(OidcProviderDefinition.ClientSecret) => ClientSecret is not null,
            nameof(OidcProviderDefinition.Issuer) => Issuer is not null,
            nameof(OidcProviderDefinition.AuthorizationEndpoint) => AuthorizationEndpoint is not null,
            nameof(OidcProviderDefinition.TokenEndpoint) => TokenEndpoint is not null,
            nameof(OidcProviderDefinition.UserInfoEndpoint) => UserInfoEndpoint is not null,
            nameof(OidcProviderDefinition.JwksUri) => JwksUri is not null,
            nameof(OidcProviderDefinition.Scopes) => Scopes is not null,
            nameof(OidcProviderDefinition.UsePkce) => UsePkce is not null,
            _ => false,
        };

        public OidcProviderDefinition Apply(OidcProviderDefinition definition) => definition with
        {
            Name = Name ?? definition.Name,
            ClientSecret = ClientSecret,
            Issuer = Issuer ?? definition.Issuer,
            AuthorizationEndpoint = AuthorizationEndpoint ?? definition.AuthorizationEndpoint,
            TokenEndpoint = TokenEndpoint ?? definition.TokenEndpoint,
            UserInfoEndpoint = UserInfoEndpoint ?? definition.UserInfoEndpoint,
            JwksUri = JwksUri ?? definition.JwksUri,
            Scopes = Scopes ?? definition.Scopes,
            UsePkce = UsePkce ?? definition.UsePkce,
        };

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The options of <c>idp copy</c>.</summary>
    private sealed class CopyOptions
    {
        public CopyOptions(VendorRegistry registry)
        {
            From = VendorOption("--from", "The vendor that holds the provider to copy", registry);
            To = VendorOption("--to", "The vendor to create the copy at (may be the same as --from)", registry);
            Id = new Option<string>("--id")
            {
                Description = "The id of the provider to copy (the ID column of `idp list --vendor <from>`).",
                Required = true,
                HelpName = "id",
            };
            DryRun = new Option<bool>("--dry-run")
            {
                Description = "Print the request that would create the copy (the client secret redacted) and send nothing to the target.",
            };
            Name = TextOption("--name", "The name of the copy. Default: the source's name (Waldur derives the copy's id from it).", "name");
            ClientSecret = TextOption(
                "--client-secret",
                $"The copy's client secret; never read back from the source, and required by cloudflare, waldur and zitadel [env: {ClientSecretVariable}]. Prefer the variable: flags are visible to other local users.",
                "secret");
            Issuer = TextOption("--issuer", "The issuer URL, when the source has none (e.g. a Cloudflare generic OIDC provider) or to replace it.", "url");
            AuthorizationEndpoint = TextOption("--authorization-endpoint", "The authorization endpoint, when the source has none (Cloudflare needs it) or to replace it.", "url");
            TokenEndpoint = TextOption("--token-endpoint", "The token endpoint, when the source has none (Cloudflare needs it) or to replace it.", "url");
            JwksUri = TextOption("--jwks-uri", "The JSON Web Key Set URL, when the source has none (Cloudflare needs it) or to replace it.", "url");
            UserInfoEndpoint = TextOption("--userinfo-endpoint", "The user-info endpoint, when the source has none or to replace it.", "url");
            Scopes = TextOption("--scopes", "The scopes to request, comma- or space-separated (e.g. \"openid email profile\"). Default: the source's.", "scopes");
            Pkce = new Option<string>("--pkce")
            {
                Description = "Require PKCE (true) or not (false). Default: the source's setting.",
                HelpName = "true|false",
                Arity = ArgumentArity.ExactlyOne,
            };
            OptionRules.AcceptOnly(Pkce, "true", "false");
            Format = new Option<string>("--format", "-f")
            {
                Description = "Output format of the created provider: table (one row, fits 80 columns) or json (one object), as `idp get`.",
                Arity = ArgumentArity.ExactlyOne,
                DefaultValueFactory = _ => OutputFormat.Table,
                HelpName = "format",
            };
            OptionRules.AcceptOnly(Format, OutputFormat.Table, OutputFormat.Json);
        }

        public Option<string> From { get; }

        public Option<string> To { get; }

        public Option<string> Id { get; }

        public Option<bool> DryRun { get; }

        public Option<string?> Name { get; }

        public Option<string?> ClientSecret { get; }

        public Option<string?> Issuer { get; }

        public Option<string?> AuthorizationEndpoint { get; }

        public Option<string?> TokenEndpoint { get; }

        public Option<string?> JwksUri { get; }

        public Option<string?> UserInfoEndpoint { get; }

        public Option<string?> Scopes { get; }

        public Option<string> Pkce { get; }

        public Option<string> Format { get; }

        public IEnumerable<Option> All =>
            [From, Id, To, DryRun, Name, ClientSecret, Issuer, AuthorizationEndpoint, TokenEndpoint, JwksUri, UserInfoEndpoint, Scopes, Pkce, Format];

        private static Option<string> VendorOption(string name, string description, VendorRegistry registry)
        {
            var option = new Option<string>(name)
            {
                Description = $"{description}: {string.Join(", ", registry.Names)}.",
                Required = true,
                HelpName = "vendor",
            };
            option.CompletionSources.Add(_ => registry.Names.Select(n => new CompletionItem(n)));
            option.Validators.Add(result =>
            {
                // Tokens, not the typed value: a missing value is the parser's error to report.
                if (result.Tokens.Count == 1 && !registry.Contains(result.Tokens[0].Value))
                {
                    result.AddError($"{name}: {registry.UnknownVendorMessage(result.Tokens[0].Value)}");
                }
            });
            return option;
        }

        private static Option<string?> TextOption(string name, string description, string helpName) =>
            new(name) { Description = description, HelpName = helpName };
    }
}
