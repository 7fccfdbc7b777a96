namespace IdentityProviders.Emulator.Common;

/// <summary>A thread-safe counter owned by one emulator instance.</summary>
internal sealed class Counter
{
    private int _count;

    /// <summary>Gets the current value.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Adds one and returns the new value.</summary>
    public int Increment() => Interlocked.Increment(ref _count);
}
