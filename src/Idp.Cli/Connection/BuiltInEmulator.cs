using IdentityProviders.Emulator;

namespace Idp.Cli.Connection;

/// <summary>The emulator a connection uses when no base URL is given.</summary>
internal static class BuiltInEmulator
{
    /// <summary>
    /// Gets the run's shared emulator when there is one, otherwise starts one the connection owns.
    /// </summary>
    /// <param name="shared">The run's shared emulator source, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator, and the same instance again when the caller owns (and must dispose) it.</returns>
    public static async Task<(IdentityProviderEmulator Running, IdentityProviderEmulator? Owned)> AcquireAsync(EmulatorSource? shared, CancellationToken cancellationToken)
    {
        if (shared is not null)
        {
            return (await shared.GetAsync(cancellationToken).ConfigureAwait(false), null);
        }

        var started = await IdentityProviderEmulator.StartAsync(new EmulatorOptions(), cancellationToken).ConfigureAwait(false);
        return (started, started);
    }

    /// <summary>The notice written to stderr when the emulator stands in for a vendor.</summary>
    /// <param name="flag">The flag that would have named a real API.</param>
    /// <param name="variable">The variable that would have named a real API.</param>
    /// <param name="baseUrl">The emulator's base URL for the vendor.</param>
    /// <returns>The notice.</returns>
    public static string Notice(string flag, string variable, Uri baseUrl) =>
        $"idp: no {flag} or {variable} given; using the built-in emulator at {baseUrl}";
}
