using IdentityProviders.Emulator;

namespace Idp.Cli.Connection;

/// <summary>
/// The built-in emulator of one <c>idp</c> run, started on first use and shared by every vendor the run connects to
/// (so <c>--vendor all</c> and <c>idp copy</c> start one emulator, not four). Disposing it stops the emulator.
/// </summary>
/// <param name="notices">Receives one notice when the emulator starts (stderr), or <see langword="null"/>.</param>
internal sealed class EmulatorSource(TextWriter? notices = null) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Task<IdentityProviderEmulator>? _starting;

    /// <summary>Gets the running emulator, starting it on the first call.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The emulator; do not dispose it (this source does).</returns>
    public Task<IdentityProviderEmulator> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _starting ??= StartAsync(cancellationToken);
        }
    }

    private async Task<IdentityProviderEmulator> StartAsync(CancellationToken cancellationToken)
    {
        var emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions(), cancellationToken).ConfigureAwait(false);
        if (notices is not null)
        {
            await notices.WriteLineAsync($"idp: using the built-in emulator at {emulator.BaseAddress} for vendors with no base URL (flag, profile or *_BASE_URL variable).").ConfigureAwait(false);
        }

        return emulator;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Task<IdentityProviderEmulator>? starting;
        lock (_gate)
        {
            starting = _starting;
        }

        if (starting is { IsCompletedSuccessfully: true })
        {
            await starting.Result.DisposeAsync().ConfigureAwait(false);
        }
        else if (starting is not null)
        {
            try
            {
                var emulator = await starting.ConfigureAwait(false);
                await emulator.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // It never started; nothing to stop.
            }
        }
    }
}
