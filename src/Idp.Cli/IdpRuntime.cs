namespace Idp.Cli;

/// <summary>Where one run of <c>idp</c> reads its environment and writes its output; tests substitute all of it.</summary>
internal sealed record IdpRuntime
{
    /// <summary>Creates a runtime.</summary>
    /// <param name="output">Standard output: results only.</param>
    /// <param name="error">Standard error: diagnostics, progress and logs.</param>
    /// <param name="getEnvironmentVariable">Looks up an environment variable.</param>
    public IdpRuntime(TextWriter output, TextWriter error, Func<string, string?> getEnvironmentVariable)
    {
        Output = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        GetEnvironmentVariable = getEnvironmentVariable ?? throw new ArgumentNullException(nameof(getEnvironmentVariable));
    }

    /// <summary>Gets standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets the environment variable lookup.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; }

    /// <summary>Gets how long a listing runs before progress is reported on stderr; <see langword="null"/> for never.</summary>
    public TimeSpan? ProgressDelay { get; init; }

    /// <summary>Gets the shortest time between two progress reports.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Gets a value indicating whether progress overwrites one terminal line (<c>\r</c>) instead of writing lines.</summary>
    public bool ProgressInPlace { get; init; }

    /// <summary>Gets the clock for progress timing.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reads a variable, treating an empty value as unset.</summary>
    /// <param name="name">The variable name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? Environment(string name) => GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
