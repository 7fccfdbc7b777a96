using System.Reflection;
using System.Runtime.InteropServices;

namespace IdentityProviders.Sdk.Http;

/// <summary>Sends a <c>User-Agent</c> naming the SDK, the vendor package and their versions.</summary>
public sealed class UserAgentHandler : DelegatingHandler
{
    /// <summary>Creates the handler.</summary>
    /// <param name="vendorAssembly">The vendor SDK's assembly (its name and version go in the header).</param>
    /// <param name="suffix">Appended to the header, e.g. <c>my-tool/1.0</c>.</param>
    public UserAgentHandler(Assembly vendorAssembly, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(vendorAssembly);
        UserAgent = Build(vendorAssembly, suffix);
    }

    /// <summary>The header value.</summary>
    public string UserAgent { get; }

    /// <summary>Builds the header value.</summary>
    /// <param name="vendorAssembly">The vendor SDK's assembly.</param>
    /// <param name="suffix">Appended text, if any.</param>
    /// <returns>E.g. <c>Keycard.Sdk/0.1.0 IdentityProviders.Sdk/0.1.0 (.NET 10.0.0; Linux)</c>.</returns>
    public static string Build(Assembly vendorAssembly, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(vendorAssembly);
        var core = typeof(UserAgentHandler).Assembly;
        var os = OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "macOS" : OperatingSystem.IsLinux() ? "Linux" : "Other";
        var value = $"{vendorAssembly.GetName().Name}/{Version(vendorAssembly)} {core.GetName().Name}/{Version(core)} ({RuntimeInformation.FrameworkDescription}; {os})";
        return string.IsNullOrWhiteSpace(suffix) ? value : $"{value} {suffix.Trim()}";
    }

    private static string Version(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus > 0 ? informational[..plus] : informational;
        }

        return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.UserAgent.Count == 0)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
