using IdentityProviders.Sdk;

namespace Idp.Cli.Connection;

/// <summary>A ready client plus everything it depends on (the vendor client, perhaps an in-process emulator).</summary>
internal sealed class VendorConnection : IAsyncDisposable
{
    private readonly IReadOnlyList<object> _owned;

    /// <summary>Creates the connection.</summary>
    /// <param name="client">The cross-vendor client.</param>
    /// <param name="owned">Disposables released with the connection, in order.</param>
    public VendorConnection(IIdentityProviderClient client, params IReadOnlyList<object?> owned)
    {
        Client = client;
        _owned = [.. owned.OfType<object>()];
    }

    /// <summary>Gets the cross-vendor client.</summary>
    public IIdentityProviderClient Client { get; }

    /// <summary>Gets the vendor's count operation (for <c>idp count</c>), or <see langword="null"/> when it has none.</summary>
    public Func<CancellationToken, Task<long>>? CountAsync { get; init; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var item in _owned)
        {
            switch (item)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
