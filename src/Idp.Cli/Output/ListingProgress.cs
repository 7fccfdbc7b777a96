using System.Globalization;

namespace Idp.Cli.Output;

/// <summary>
/// Reports "fetched N providers..." on standard error once a listing has run longer than
/// <see cref="IdpRuntime.ProgressDelay"/>, at most every <see cref="IdpRuntime.ProgressInterval"/>. Never writes to
/// standard output. On a terminal the report overwrites one line and is erased before results are printed.
/// </summary>
internal sealed class ListingProgress
{
    private readonly IdpRuntime _runtime;
    private readonly long _started;
    private long? _lastReport;
    private int _shownLength;

    /// <summary>Starts timing a listing.</summary>
    /// <param name="runtime">The runtime with the progress settings and standard error.</param>
    public ListingProgress(IdpRuntime runtime)
    {
        _runtime = runtime;
        _started = runtime.TimeProvider.GetTimestamp();
    }

    /// <summary>Reports the running count if the listing is slow enough and the last report is old enough.</summary>
    /// <param name="count">Providers fetched so far.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public async Task ReportAsync(long count)
    {
        if (_runtime.ProgressDelay is not { } delay)
        {
            return;
        }

        var time = _runtime.TimeProvider;
        var now = time.GetTimestamp();
        if (time.GetElapsedTime(_started, now) < delay
            || (_lastReport is { } last && time.GetElapsedTime(last, now) < _runtime.ProgressInterval))
        {
            return;
        }

        _lastReport = now;
        var message = string.Create(CultureInfo.InvariantCulture, $"idp: fetched {count} providers...");
        if (_runtime.ProgressInPlace)
        {
            await _runtime.Error.WriteAsync("\r" + message).ConfigureAwait(false);
            _shownLength = message.Length;
        }
        else
        {
            await _runtime.Error.WriteLineAsync(message).ConfigureAwait(false);
        }

        await _runtime.Error.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Erases an in-place report, so results or errors start on a clean line.</summary>
    /// <returns>A task that completes when the line is erased.</returns>
    public async Task ClearAsync()
    {
        if (_shownLength == 0)
        {
            return;
        }

        await _runtime.Error.WriteAsync("\r" + new string(' ', _shownLength) + "\r").ConfigureAwait(false);
        await _runtime.Error.FlushAsync().ConfigureAwait(false);
        _shownLength = 0;
    }
}
