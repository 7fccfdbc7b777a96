using System.Diagnostics;

namespace Idp.Cli.Tests.TestSupport;

/// <summary>Starts the built idp as a real process, with the vendors' connection variables of the test process removed.</summary>
public static class IdpProcess
{
    public static string IdpDll
    {
        get
        {
            // The test output holds idp.dll (a project reference) with its runtimeconfig; fall back to the CLI's own bin.
            var local = Path.Combine(AppContext.BaseDirectory, "idp.dll");
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, "idp.runtimeconfig.json")))
            {
                return local;
            }

            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Idp.Cli", "bin", configuration, "net10.0", "idp.dll"));
        }
    }

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(IdpDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("KEYCARD_", StringComparison.Ordinal) || k.StartsWith("CLOUDFLARE_", StringComparison.Ordinal) || k.StartsWith("ZITADEL_", StringComparison.Ordinal) || k.StartsWith("WALDUR_", StringComparison.Ordinal) || k.StartsWith("IDP_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        return info;
    }
}
