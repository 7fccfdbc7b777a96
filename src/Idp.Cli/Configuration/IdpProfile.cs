using Idp.Cli.Connection;

namespace Idp.Cli.Configuration;

/// <summary>One named profile of the config file: connection settings per vendor.</summary>
/// <param name="Name">The profile name.</param>
/// <param name="Path">The config file it came from.</param>
/// <param name="Vendors">Settings by vendor, then by key (e.g. <c>baseUrl</c>, <c>tokenEnv</c>).</param>
internal sealed record IdpProfile(string Name, string Path, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Vendors)
{
    /// <summary>Gets the vendors the profile configures, sorted.</summary>
    public IReadOnlyList<string> VendorNames => [.. Vendors.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Fills the settings flags left unset from this profile's entry for <paramref name="vendor"/>. Groups are taken
    /// whole: credentials only when no credential flag was given, the scope only when no scope flag was given. Secrets
    /// are read from the environment variables the profile names.
    /// </summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="arguments">The flags.</param>
    /// <param name="runtime">The runtime (environment).</param>
    /// <returns>The merged settings.</returns>
    /// <exception cref="UsageException">A variable the profile names is not set.</exception>
    public ConnectionArguments Apply(string vendor, ConnectionArguments arguments, IdpRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(runtime);
        if (!Vendors.TryGetValue(vendor, out var settings))
        {
            return arguments;
        }

        var merged = arguments with
        {
            BaseUrl = arguments.BaseUrl ?? Get(settings, "baseUrl"),
            Source = $"profile '{Name}' in {Path}",
        };
        var hasCredentials = arguments.Token is not null || arguments.Email is not null || arguments.ApiKey is not null || arguments.KeyFile is not null;
        if (!hasCredentials)
        {
            merged = merged with
            {
                Token = Secret(vendor, settings, "tokenEnv", runtime),
                Email = Get(settings, "email"),
                ApiKey = Secret(vendor, settings, "apiKeyEnv", runtime),
                KeyFile = Get(settings, "keyFile"),
            };
        }

        var hasScope = arguments.Zone is not null || arguments.AccountId is not null || arguments.ZoneId is not null || arguments.OrgId is not null || arguments.Level is not null;
        if (!hasScope)
        {
            merged = merged with
            {
                Zone = Get(settings, "zone"),
                AccountId = Get(settings, "accountId"),
                ZoneId = Get(settings, "zoneId"),
                OrgId = Get(settings, "orgId"),
                Level = Get(settings, "level"),
            };
        }

        return merged;
    }

    private static string? Get(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private string? Secret(string vendor, IReadOnlyDictionary<string, string> settings, string key, IdpRuntime runtime)
    {
        if (Get(settings, key) is not { } variable)
        {
            return null;
        }

        return runtime.Environment(variable)
            ?? throw new UsageException($"profile '{Name}' ({Path}) takes the {vendor} {(key == "apiKeyEnv" ? "API key" : "token")} from ${variable}, which is not set.");
    }
}
