using IdentityProviders.Sdk;
using Idp.Cli.Connection;

namespace Idp.Cli.Commands;

/// <summary>
/// Runs a command body and turns failures into one line on stderr and an exit code (see <see cref="ExitCodes"/>).
/// Stack traces are shown only with <c>--verbose</c>.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="body"/>.</summary>
    /// <param name="runtime">The runtime.</param>
    /// <param name="verbose">Whether to show stack traces.</param>
    /// <param name="body">The command.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(IdpRuntime runtime, bool verbose, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await TryFlushAsync(runtime.Output).ConfigureAwait(false);
            await runtime.Error.WriteLineAsync("idp: canceled.").ConfigureAwait(false);
            return ExitCodes.Canceled;
        }
        catch (Exception ex)
        {
            await TryFlushAsync(runtime.Output).ConfigureAwait(false);
            var (code, message) = Describe(ex);
            await runtime.Error.WriteLineAsync("idp: error: " + OneLine(message)).ConfigureAwait(false);
            if (verbose)
            {
                await runtime.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return code;
        }
    }

    /// <summary>Maps an exception to an exit code and a message.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The exit code and the message.</returns>
    public static (int ExitCode, string Message) Describe(Exception exception) => exception switch
    {
        UsageException e => (ExitCodes.UsageError, e.Message),
        ArgumentException e => (ExitCodes.UsageError, WithoutParameterSuffix(e)),
        IdentityProviderAuthenticationException or IdentityProviderPermissionDeniedException => (ExitCodes.AuthenticationFailed, exception.Message),
        IdentityProviderNotFoundException => (ExitCodes.NotFound, exception.Message),
        IdentityProviderException => (ExitCodes.Failure, exception.Message),
        OperationCanceledException => (ExitCodes.Failure, "the operation timed out."),
        _ when NetworkCause(exception) is { } cause => (ExitCodes.Failure, $"network error: {cause.Message}"),
        IOException e => (ExitCodes.InternalError, $"could not write the output ({e.Message})."),
        _ => (ExitCodes.InternalError, $"unexpected {exception.GetType().Name}: {exception.Message} (run with --verbose for details)"),
    };

    /// <summary>Joins the lines of a message into one.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message on one line.</returns>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The message of an argument error without " (Parameter 'name')": the name means nothing to a CLI user.</summary>
    /// <param name="e">The error.</param>
    /// <returns>The message.</returns>
    public static string WithoutParameterSuffix(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);

    // A network failure the SDK did not wrap (e.g. inside a wire-library exception): still a network failure, exit 5.
    private static Exception? NetworkCause(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or System.Net.Sockets.SocketException || (e is IOException && !ReferenceEquals(e, exception)))
            {
                return e;
            }
        }

        return null;
    }

    private static async Task TryFlushAsync(TextWriter writer)
    {
        try
        {
            await writer.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The reader went away (e.g. `idp list | head`); the error line on stderr still matters.
        }
    }
}
