using System.Buffers;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk;

namespace Idp.Cli.Output;

/// <summary>
/// Streams an indented JSON array: one writer keeps the array's state while its buffer is drained to standard output
/// after every page, so memory stays bounded by a page. A failed listing leaves the array unclosed on purpose: a
/// consumer then sees invalid JSON, never a silently truncated but valid list.
/// </summary>
internal sealed class JsonArrayWriter(TextWriter output) : IProviderWriter, IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private Utf8JsonWriter? _writer;

    /// <inheritdoc />
    public async Task WritePageAsync(IReadOnlyList<IdentityProviderInfo> providers, CancellationToken cancellationToken)
    {
        var writer = Start();
        foreach (var provider in providers)
        {
            ProviderJson.Write(writer, provider);
        }

        await DrainAsync(writer, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        var writer = Start();
        writer.WriteEndArray();
        await DrainAsync(writer, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _writer?.Dispose();

    private Utf8JsonWriter Start()
    {
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(_buffer, ProviderJson.Indented);
            _writer.WriteStartArray();
        }

        return _writer;
    }

    private async Task DrainAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        writer.Flush();
        await output.WriteAsync(Encoding.UTF8.GetString(_buffer.WrittenSpan)).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
