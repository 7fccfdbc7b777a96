using System.Text;
using IdentityProviders.Sdk;

namespace Idp.Cli.Output;

/// <summary>
/// Writes the provider table. Column widths come from the header and the first page, so the table streams page by
/// page in bounded memory; later values that do not fit are cut with "…". No line exceeds 80 characters.
/// </summary>
internal sealed class TableWriter(TextWriter output) : IProviderWriter
{
    private TableLayout? _layout;

    /// <summary>The cells of one provider, in <see cref="TableLayout.Headers"/> order.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The cells.</returns>
    public static string[] Cells(IdentityProviderInfo provider) =>
    [
        TableLayout.Cell(provider.Id),
        TableLayout.Cell(provider.Name),
        TableLayout.Cell(provider.Protocol.Value),
        TableLayout.Cell(provider.Type),
        provider.Enabled switch { true => "yes", false => "no", null => "-" },
        TableLayout.Cell(ShortIssuer(provider.Issuer)),
    ];

    // "https://" carries no information in a narrow column; "http://" does (an insecure issuer), so it stays.
    private static string? ShortIssuer(string? issuer) =>
        issuer is not null && issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? issuer["https://".Length..] : issuer;

    /// <inheritdoc />
    public async Task WritePageAsync(IReadOnlyList<IdentityProviderInfo> providers, CancellationToken cancellationToken)
    {
        var rows = providers.Select(Cells).ToList();
        var text = new StringBuilder();
        if (_layout is null)
        {
            _layout = TableLayout.Fit(rows);
            text.AppendLine(_layout.FormatLine(TableLayout.Headers));
        }

        foreach (var row in rows)
        {
            text.AppendLine(_layout.FormatLine(row));
        }

        await output.WriteAsync(text.ToString()).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_layout is null)
        {
            _layout = TableLayout.Fit([]);
            await output.WriteLineAsync(_layout.FormatLine(TableLayout.Headers)).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
