
namespace IdentityProviders.Emulator.Common;

/// <summary>
/// A host lifetime that ignores console signals: an emulator embedded in a test run must not react to Ctrl+C
/// on its own, and the program mode handles the signals itself.
/// </summary>
internal sealed class NoopHostLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
