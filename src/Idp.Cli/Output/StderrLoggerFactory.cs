using Microsoft.Extensions.Logging;

namespace Idp.Cli.Output;

/// <summary>
/// The <c>--verbose</c> log: debug lines on standard error. The SDK's logging handler already masks every header
/// outside its allow-list (Authorization included) and does not log bodies, so no credential reaches this log.
/// </summary>
internal sealed class StderrLoggerFactory(TextWriter error, LogLevel minimumLevel = LogLevel.Debug) : ILoggerFactory
{
    private readonly Lock _gate = new();

    /// <summary>Gets the lowest level written.</summary>
    public LogLevel MinimumLevel { get; } = minimumLevel;

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new StderrLogger(this, categoryName);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider)
    {
        // Only the built-in stderr sink is supported.
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var label = level switch
        {
            LogLevel.Trace => "trace",
            LogLevel.Debug => "debug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "error",
            _ => "crit",
        };
        var line = $"idp: {label}: [{category}] {message}" + (exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})");
        lock (_gate)
        {
            error.WriteLine(line);
        }
    }

    private sealed class StderrLogger(StderrLoggerFactory factory, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= factory.MinimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                factory.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
