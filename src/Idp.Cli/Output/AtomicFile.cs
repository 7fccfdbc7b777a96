namespace Idp.Cli.Output;

/// <summary>
/// Replaces a file all at once: the content goes to a hidden temporary file in the same directory, is flushed to disk,
/// and is then renamed over the target. A reader sees the old file or the new one, never half of one; an interrupted
/// write (error, Ctrl+C, kill) leaves the old file in place.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The prefix of temporary files (hidden on Unix); a killed process may leave one behind.</summary>
    public const string TempPrefix = ".idp-tmp-";

    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="cancellationToken">Cancels the write; the target is then untouched.</param>
    /// <returns>A task that completes when the new file is in place.</returns>
    /// <exception cref="IOException">The directory is not writable, or the rename failed.</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(directory, TempPrefix + Path.GetFileName(full) + "-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                // Durable before the rename, so a crash right after cannot leave an empty file behind the new name.
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the target is intact either way.
        }
    }
}
