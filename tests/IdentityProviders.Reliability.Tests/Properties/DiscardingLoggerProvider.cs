using Microsoft.Extensions.Logging;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>A logger enabled at every level that formats each message (so the SDK's log code runs on hostile input) and keeps nothing.</summary>
public sealed class DiscardingLoggerProvider : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _ = formatter(state, exception);
    }

    public void Dispose()
    {
    }
}
