namespace IdentityProviders.Emulator;

/// <summary>
/// The TCP connections an emulator has accepted, counted by a Kestrel connection middleware: how many in total, how
/// many are open now, and the most that were open at once (to check a client's connection pool from the server side).
/// </summary>
public sealed class EmulatorConnectionStats
{
    private readonly Lock _lock = new();
    private long _totalAccepted;
    private int _current;
    private int _peakConcurrent;

    internal EmulatorConnectionStats()
    {
    }

    /// <summary>Gets how many connections the emulator has accepted since it started.</summary>
    public long TotalAccepted
    {
        get
        {
            lock (_lock)
            {
                return _totalAccepted;
            }
        }
    }

    /// <summary>Gets how many connections are open now.</summary>
    public int Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>Gets the most connections that were open at the same time since the start (or the last <see cref="ResetPeak"/>).</summary>
    public int PeakConcurrent
    {
        get
        {
            lock (_lock)
            {
                return _peakConcurrent;
            }
        }
    }

    /// <summary>Starts a new peak measurement from the connections open now (e.g. between rounds of a load test).</summary>
    public void ResetPeak()
    {
        lock (_lock)
        {
            _peakConcurrent = _current;
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        lock (_lock)
        {
            return $"{_totalAccepted} accepted, {_current} open, peak {_peakConcurrent}";
        }
    }

    internal void Opened()
    {
        lock (_lock)
        {
            _totalAccepted++;
            _current++;
            if (_current > _peakConcurrent)
            {
                _peakConcurrent = _current;
            }
        }
    }

    internal void Closed()
    {
        lock (_lock)
        {
            _current--;
        }
    }
}
