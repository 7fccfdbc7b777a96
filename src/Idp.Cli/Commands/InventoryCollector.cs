using System.CommandLine;
using IdentityProviders.Sdk;
using Idp.Cli.Connection;

namespace Idp.Cli.Commands;

/// <summary>What one vendor of a multi-vendor run produced: its providers, or the failure that stopped it.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="Providers">The providers read before it finished or failed.</param>
/// <param name="Capabilities">The vendor's capabilities (<see cref="IdentityProviderCapabilities.None"/> when it could not connect).</param>
/// <param name="Error">The failure, or <see langword="null"/> when the listing completed.</param>
internal sealed record VendorInventory(string Vendor, IReadOnlyList<IdentityProviderInfo> Providers, IdentityProviderCapabilities Capabilities, Exception? Error)
{
    /// <summary>Gets a value indicating whether the vendor's listing completed.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// Lists several vendors concurrently through <see cref="IIdentityProviderClient"/>, sharing one built-in emulator.
/// One vendor's failure is reported on stderr as it happens and does not stop the others.
/// </summary>
internal static class InventoryCollector
{
    /// <summary>Lists every provider of <paramref name="vendors"/>.</summary>
    /// <param name="vendors">The vendors.</param>
    /// <param name="common">The shared options.</param>
    /// <param name="parse">The parse result.</param>
    /// <param name="runtime">The runtime.</param>
    /// <param name="onPage">Called with each page as it arrives (calls are serialized), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels every listing.</param>
    /// <returns>One result per vendor, in the order of <paramref name="vendors"/>.</returns>
    public static async Task<IReadOnlyList<VendorInventory>> CollectAsync(
        IReadOnlyList<string> vendors,
        CommonOptions common,
        ParseResult parse,
        IdpRuntime runtime,
        Func<IReadOnlyList<IdentityProviderInfo>, CancellationToken, Task>? onPage,
        CancellationToken cancellationToken)
    {
        var flags = common.Flags(parse);
        if (vendors.Count > 1 && common.FirstConnectionFlag(parse) is { } flag)
        {
            throw new UsageException($"{flag} addresses one vendor; with several vendors, connect each through a profile (--profile) or its environment variables.");
        }

        var profile = common.ResolveProfile(parse, runtime);
        var emulator = new EmulatorSource(runtime.Error);
        await using var emulatorScope = emulator.ConfigureAwait(false);
        using var pageGate = new SemaphoreSlim(1, 1);
        var tasks = vendors.Select(vendor => Task.Run(() => CollectOneAsync(vendor), cancellationToken)).ToList();
        try
        {
            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OutputFailure e) when (e.InnerException is not null)
        {
            // Writing the results failed (e.g. the pipe closed): that is the run's failure, not a vendor's.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        async Task<VendorInventory> CollectOneAsync(string vendor)
        {
            var providers = new List<IdentityProviderInfo>();
            var capabilities = IdentityProviderCapabilities.None;
            try
            {
                var connection = await common.ConnectAsync(vendor, flags, profile, emulator, parse, runtime, cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    capabilities = connection.Client.Capabilities;
                    await foreach (var page in connection.Client.ListAsync(cancellationToken).AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
                    {
                        providers.AddRange(page.Values);
                        if (onPage is not null)
                        {
                            await pageGate.WaitAsync(cancellationToken).ConfigureAwait(false);
                            try
                            {
                                await onPage(page.Values, cancellationToken).ConfigureAwait(false);
                            }
                            catch (Exception e) when (e is not OperationCanceledException)
                            {
                                throw new OutputFailure(e);
                            }
                            finally
                            {
                                pageGate.Release();
                            }
                        }
                    }
                }

                return new VendorInventory(vendor, providers, capabilities, null);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutputFailure)
            {
                var (_, message) = CommandRunner.Describe(e);
                await runtime.Error.WriteLineAsync($"idp: error: {vendor}: {CommandRunner.OneLine(message)}").ConfigureAwait(false);
                return new VendorInventory(vendor, providers, capabilities, e);
            }
        }
    }

    private sealed class OutputFailure(Exception inner) : Exception("Writing the output failed.", inner);
}
