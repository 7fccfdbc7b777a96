using System.Text.Json;
using Idp.Cli.Connection;

namespace Idp.Cli.Configuration;

/// <summary>
/// The <c>idp</c> config file: named profiles, each with connection settings per vendor. Secrets are never stored in
/// it; a profile names the environment variable that holds each one (<c>tokenEnv</c>, <c>apiKeyEnv</c>). Read with
/// <see cref="JsonDocument"/> (no reflection), strictly: unknown keys are errors, so a typo is not silently ignored.
/// </summary>
internal sealed class IdpConfigFile
{
    /// <summary>The variable that names the config file, like <c>--config</c>.</summary>
    public const string ConfigVariable = "IDP_CONFIG";

    /// <summary>The variable that names the profile, like <c>--profile</c>.</summary>
    public const string ProfileVariable = "IDP_PROFILE";

    private static readonly Dictionary<string, string[]> AllowedKeys = new(StringComparer.Ordinal)
    {
        ["keycard"] = ["baseUrl", "zone", "tokenEnv"],
        ["cloudflare"] = ["baseUrl", "accountId", "zoneId", "tokenEnv", "email", "apiKeyEnv"],
        ["zitadel"] = ["baseUrl", "orgId", "level", "tokenEnv", "keyFile"],
        ["waldur"] = ["baseUrl", "tokenEnv"],
    };

    private static readonly string[] SecretKeys = ["token", "apiKey", "apiToken", "clientSecret", "secret", "password"];

    private readonly Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> _profiles;

    private IdpConfigFile(string path, string? defaultProfile, Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> profiles)
    {
        Path = path;
        DefaultProfile = defaultProfile;
        _profiles = profiles;
    }

    /// <summary>Gets the file the settings came from.</summary>
    public string Path { get; }

    /// <summary>Gets the profile used when none is named.</summary>
    public string? DefaultProfile { get; }

    /// <summary>Gets the profile names, sorted.</summary>
    public IReadOnlyList<string> ProfileNames => [.. _profiles.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The default location: <c>$XDG_CONFIG_HOME/idp/config.json</c>, else <c>~/.config/idp/config.json</c>.</summary>
    /// <param name="runtime">The runtime (environment).</param>
    /// <returns>The path, or <see langword="null"/> when no home directory is known.</returns>
    public static string? DefaultPath(IdpRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var home = runtime.Environment("HOME") ?? runtime.Environment("USERPROFILE");
        var root = runtime.Environment("XDG_CONFIG_HOME") ?? (home is null ? null : System.IO.Path.Combine(home, ".config"));
        return root is null ? null : System.IO.Path.Combine(root, "idp", "config.json");
    }

    /// <summary>
    /// Resolves the profile of this run: <c>--config</c> (or <c>IDP_CONFIG</c>, else the default path if the file exists)
    /// and <c>--profile</c> (or <c>IDP_PROFILE</c>, else the file's <c>defaultProfile</c>).
    /// </summary>
    /// <param name="configOption">The <c>--config</c> value.</param>
    /// <param name="profileOption">The <c>--profile</c> value.</param>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The profile, or <see langword="null"/> when none applies.</returns>
    /// <exception cref="UsageException">The file is missing (when named), malformed, or lacks the profile.</exception>
    public static IdpProfile? ResolveProfile(string? configOption, string? profileOption, IdpRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var explicitPath = NonEmpty(configOption) ?? runtime.Environment(ConfigVariable);
        var path = explicitPath ?? DefaultPath(runtime);
        var profileName = NonEmpty(profileOption) ?? runtime.Environment(ProfileVariable);
        if (path is null || (explicitPath is null && !File.Exists(path)))
        {
            return profileName is null
                ? null
                : throw new UsageException($"profile '{profileName}' requested, but there is no config file ({path ?? "no home directory"}); pass --config or create it (see docs/cli.md).");
        }

        var file = Load(path);
        profileName ??= file.DefaultProfile;
        if (profileName is null)
        {
            return null;
        }

        return file._profiles.TryGetValue(profileName, out var vendors)
            ? new IdpProfile(profileName, file.Path, vendors)
            : throw new UsageException($"{file.Path} has no profile '{profileName}'; profiles: {(file._profiles.Count == 0 ? "none" : string.Join(", ", file.ProfileNames))}.");
    }

    /// <summary>Reads and validates a config file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The config.</returns>
    /// <exception cref="UsageException">The file is missing or malformed.</exception>
    public static IdpConfigFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the config file {path}: {e.Message}", e);
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Parse(path, document.RootElement);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    private static IdpConfigFile Parse(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "the top level must be an object with \"profiles\"");
        }

        string? defaultProfile = null;
        var profiles = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "$schema":
                    break;
                case "defaultProfile":
                    defaultProfile = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : throw Invalid(path, "\"defaultProfile\" must be a string");
                    break;
                case "profiles" when property.Value.ValueKind == JsonValueKind.Object:
                    foreach (var profile in property.Value.EnumerateObject())
                    {
                        profiles[profile.Name] = ParseProfile(path, profile);
                    }

                    break;
                default:
                    throw Invalid(path, $"unknown key \"{property.Name}\" (expected \"defaultProfile\" and \"profiles\")");
            }
        }

        if (defaultProfile is not null && !profiles.ContainsKey(defaultProfile))
        {
            throw Invalid(path, $"\"defaultProfile\" names '{defaultProfile}', which is not among the profiles");
        }

        return new IdpConfigFile(path, defaultProfile, profiles);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ParseProfile(string path, JsonProperty profile)
    {
        if (profile.Value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, $"profile '{profile.Name}' must be an object of vendors");
        }

        var vendors = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var vendor in profile.Value.EnumerateObject())
        {
            if (!AllowedKeys.TryGetValue(vendor.Name, out var allowed))
            {
                throw Invalid(path, $"profile '{profile.Name}' names unknown vendor \"{vendor.Name}\" (expected {string.Join(", ", AllowedKeys.Keys)})");
            }

            if (vendor.Value.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, $"profile '{profile.Name}', {vendor.Name}: settings must be an object");
            }

            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var setting in vendor.Value.EnumerateObject())
            {
                if (SecretKeys.Contains(setting.Name, StringComparer.OrdinalIgnoreCase))
                {
                    throw Invalid(path, $"profile '{profile.Name}', {vendor.Name}: \"{setting.Name}\" would store a secret in the file; name the environment variable that holds it instead (e.g. \"tokenEnv\")");
                }

                if (!allowed.Contains(setting.Name, StringComparer.Ordinal))
                {
                    throw Invalid(path, $"profile '{profile.Name}', {vendor.Name}: unknown key \"{setting.Name}\" (expected {string.Join(", ", allowed)})");
                }

                settings[setting.Name] = setting.Value.ValueKind == JsonValueKind.String
                    ? setting.Value.GetString() ?? string.Empty
                    : throw Invalid(path, $"profile '{profile.Name}', {vendor.Name}: \"{setting.Name}\" must be a string");
            }

            vendors[vendor.Name] = settings;
        }

        return vendors;
    }

    private static UsageException Invalid(string path, string problem) => new($"config file {path}: {problem}.");

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
