using IdentityProviders.Sdk;

namespace Idp.Cli.Output;

/// <summary>Writes providers to standard output as pages arrive, holding at most one page.</summary>
internal interface IProviderWriter
{
    /// <summary>Writes one page and flushes it.</summary>
    /// <param name="providers">The page's providers.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the page is written.</returns>
    Task WritePageAsync(IReadOnlyList<IdentityProviderInfo> providers, CancellationToken cancellationToken);

    /// <summary>Ends the output (closes the array, writes the header of an empty table) and flushes it.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the output is complete.</returns>
    Task CompleteAsync(CancellationToken cancellationToken);
}
