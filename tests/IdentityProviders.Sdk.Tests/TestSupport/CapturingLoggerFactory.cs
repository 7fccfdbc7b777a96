using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IdentityProviders.Sdk.Tests.TestSupport;

/// <summary>One formatted log line.</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Message);

/// <summary>An <see cref="ILoggerFactory"/> that keeps every formatted message at every level.</summary>
public sealed class CapturingLoggerFactory : ILoggerFactory, ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    /// <summary>Called synchronously for each entry (after it is stored).</summary>
    public Action<CapturedLog>? OnLog { get; set; }

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public string AllText => string.Join("\n", _entries.Select(e => e.Message));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        _entries.Enqueue(entry);
        OnLog?.Invoke(entry);
    }

    private sealed class CapturingLogger(CapturingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(new CapturedLog(logLevel, category, formatter(state, exception)));
    }
}
