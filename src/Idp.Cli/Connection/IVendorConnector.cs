using Microsoft.Extensions.Logging;

namespace Idp.Cli.Connection;

/// <summary>Turns connection flags and environment variables into a client for one vendor.</summary>
internal interface IVendorConnector
{
    /// <summary>Gets the vendor name accepted by <c>--vendor</c>, e.g. <c>keycard</c>.</summary>
    string Name { get; }

    /// <summary>Resolves the settings (flag, then environment, then the built-in emulator) and creates the client.</summary>
    /// <param name="arguments">The connection flags.</param>
    /// <param name="runtime">The environment and standard error (for notices).</param>
    /// <param name="loggerFactory">The HTTP log destination, or <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels starting the emulator.</param>
    /// <returns>The connection; dispose it when done.</returns>
    /// <exception cref="UsageException">A setting is missing or invalid.</exception>
    Task<VendorConnection> ConnectAsync(ConnectionArguments arguments, IdpRuntime runtime, ILoggerFactory? loggerFactory, CancellationToken cancellationToken);

    /// <summary>Gets a value indicating whether the vendor has a count endpoint (<c>idp count</c>; the connection then sets <see cref="VendorConnection.CountAsync"/>).</summary>
    bool SupportsCount => false;
}
