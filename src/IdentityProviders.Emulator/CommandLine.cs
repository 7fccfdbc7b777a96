using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IdentityProviders.Emulator;

/// <summary>Parses the program's three flags; small enough not to need a parsing library.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: IdentityProviders.Emulator [--port <port>] [--host <address>] [--keycard-seed <count>] [--zitadel-seed <count>] [--cloudflare-seed <count>] [--waldur-seed <count>]

          --port <port>            TCP port to listen on (0 = pick a free port). Default: 0.
          --host <address>         IP address or 'localhost' to bind. Default: 127.0.0.1.
          --keycard-seed <count>   Providers seeded into the default Keycard zone. Default: 25.
          --cloudflare-seed <count>  Identity providers seeded into the Cloudflare account and zone. Default: 28.
          --waldur-seed <count>    Identity providers seeded into the Waldur API. Default: 12.
          --zitadel-seed <count>   Identity providers seeded into the default Zitadel organization. Default: 24.
          -h, --help               Show this help.
        """;

    /// <summary>Parses the arguments; <paramref name="options"/> is null when help was asked for.</summary>
    public static bool TryParse(string[] args, out EmulatorOptions? options, [NotNullWhen(false)] out string? error)
    {
        options = new EmulatorOptions();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" or "-?")
            {
                options = null;
                return true;
            }

            string name = arg, value;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Length)
            {
                value = args[++i];
            }
            else
            {
                error = arg.StartsWith("--", StringComparison.Ordinal) ? $"Option '{arg}' needs a value." : $"Unexpected argument '{arg}'.";
                return false;
            }

            switch (name)
            {
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                    {
                        error = $"--port must be a number between 0 and 65535, not '{value}'.";
                        return false;
                    }

                    options.Port = port;
                    break;
                case "--host":
                    if (value.Length == 0)
                    {
                        error = "--host must not be empty.";
                        return false;
                    }

                    options.Host = value;
                    break;
                case "--keycard-seed":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
                    {
                        error = $"--keycard-seed must be a non-negative number, not '{value}'.";
                        return false;
                    }

                    options.KeycardSeedCount = seed;
                    break;
                case "--cloudflare-seed":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cloudflareSeed))
                    {
                        error = $"--cloudflare-seed must be a non-negative number, not '{value}'.";
                        return false;
                    }

                    options.CloudflareSeedCount = cloudflareSeed;
                    break;
                case "--waldur-seed":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var waldurSeed))
                    {
                        error = $"--waldur-seed must be a non-negative number, not '{value}'.";
                        return false;
                    }

                    options.WaldurSeedCount = waldurSeed;
                    break;
                case "--zitadel-seed":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var zitadelSeed))
                    {
                        error = $"--zitadel-seed must be a non-negative number, not '{value}'.";
                        return false;
                    }

                    options.ZitadelSeedCount = zitadelSeed;
                    break;
                default:
                    error = name.StartsWith('-') ? $"Unknown option '{name}'." : $"Unexpected argument '{name}'.";
                    return false;
            }
        }

        return true;
    }
}
