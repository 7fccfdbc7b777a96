using IdentityProviders.Emulator;

namespace Idp.Cli.Connection;

/// <summary>Starts the emulator in-process when no base URL is configured, so <c>idp list</c> works out of the box.</summary>
internal static class BuiltInEmulator
{
    /// <summary>Starts an emulator with default settings on a free loopback port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static Task<IdentityProviderEmulator> StartAsync(CancellationToken cancellationToken) =>
        IdentityProviderEmulator.StartAsync(new EmulatorOptions(), cancellationToken);

    /// <summary>The one-line notice written to stderr when the built-in emulator is used.</summary>
    /// <param name="flag">The flag that was not given.</param>
    /// <param name="variable">The environment variable that was not set.</param>
    /// <param name="baseUrl">The emulator's vendor base URL.</param>
    /// <returns>The notice.</returns>
    public static string Notice(string flag, string variable, Uri baseUrl) =>
        $"idp: no {flag} or {variable} given; using the built-in emulator at {baseUrl}";
}
