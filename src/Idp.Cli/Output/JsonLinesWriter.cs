using System.Buffers;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk;

namespace Idp.Cli.Output;

/// <summary>Writes JSON Lines: one compact object per line, flushed after every page so consumers see items as they arrive.</summary>
internal sealed class JsonLinesWriter(TextWriter output) : IProviderWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <inheritdoc />
    public async Task WritePageAsync(IReadOnlyList<IdentityProviderInfo> providers, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var provider in providers)
        {
            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer, ProviderJson.Compact))
            {
                ProviderJson.Write(writer, provider);
            }

            text.Append(Encoding.UTF8.GetString(_buffer.WrittenSpan)).Append('\n');
        }

        await output.WriteAsync(text.ToString()).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task CompleteAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);
}
