using System.Text;

namespace Idp.Cli.Output;

/// <summary>
/// Column widths that fit a line width. Columns shrink in a fixed order, so the one the user copies into
/// <c>idp get --id</c> is cut last: first NAME, ISSUER and TYPE, widest first, down to 10 characters; then ID down to 12;
/// then every column down to 3.
/// </summary>
internal sealed class TableLayout
{
    /// <summary>The width every table line fits.</summary>
    public const int LineWidth = 80;

    /// <summary>The column headers.</summary>
    public static readonly IReadOnlyList<string> Headers = ["ID", "NAME", "PROTOCOL", "TYPE", "ENABLED", "ISSUER"];

    private const string Gap = "  ";
    private const int IdColumn = 0;
    private const int NameColumn = 1;
    private const int ProtocolColumn = 2;
    private const int TypeColumn = 3;
    private const int EnabledColumn = 4;
    private const int IssuerColumn = 5;

    private static readonly (int[] Columns, int Floor)[] ShrinkSteps =
    [
        ([NameColumn, IssuerColumn, TypeColumn], 10),
        ([IdColumn], 12),
        ([IdColumn, NameColumn, ProtocolColumn, TypeColumn, EnabledColumn, IssuerColumn], 3),
    ];

    private readonly int[] _widths;

    private TableLayout(int[] widths) => _widths = widths;

    /// <summary>Gets the column widths.</summary>
    public IReadOnlyList<int> Widths => _widths;

    /// <summary>Computes widths from the header and sample rows (the first page).</summary>
    /// <param name="rows">Sample rows, cells already sanitized.</param>
    /// <param name="lineWidth">The width to fit.</param>
    /// <returns>The layout.</returns>
    public static TableLayout Fit(IEnumerable<IReadOnlyList<string>> rows, int lineWidth = LineWidth) =>
        Fit(Headers, rows, ShrinkSteps, lineWidth);

    /// <summary>
    /// Computes widths for any table: each column as wide as its widest cell, then shrunk step by step (in each step,
    /// the widest of the step's columns loses one character, down to the step's floor) until the line fits.
    /// </summary>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">Sample rows, cells already sanitized.</param>
    /// <param name="shrinkSteps">The columns to shrink, in order, each with its floor.</param>
    /// <param name="lineWidth">The width to fit.</param>
    /// <returns>The layout.</returns>
    public static TableLayout Fit(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<(int[] Columns, int Floor)> shrinkSteps, int lineWidth)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(shrinkSteps);
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var budget = lineWidth - (Gap.Length * (widths.Length - 1));
        foreach (var (columns, floor) in shrinkSteps)
        {
            while (widths.Sum() > budget)
            {
                var widest = -1;
                foreach (var column in columns)
                {
                    if (widths[column] > floor && (widest < 0 || widths[column] > widths[widest]))
                    {
                        widest = column;
                    }
                }

                if (widest < 0)
                {
                    break;
                }

                widths[widest]--;
            }
        }

        return new TableLayout(widths);
    }

    /// <summary>Formats one line: cells padded or cut with "…", no trailing spaces.</summary>
    /// <param name="cells">The cells, one per column.</param>
    /// <returns>The line.</returns>
    public string FormatLine(IReadOnlyList<string> cells)
    {
        var line = new StringBuilder(LineWidth);
        for (var i = 0; i < _widths.Length; i++)
        {
            if (i > 0)
            {
                line.Append(Gap);
            }

            var cell = cells[i];
            if (cell.Length > _widths[i])
            {
                line.Append(cell.AsSpan(0, Math.Max(0, _widths[i] - 1))).Append('…');
            }
            else
            {
                line.Append(cell).Append(' ', _widths[i] - cell.Length);
            }
        }

        return line.ToString().TrimEnd();
    }

    /// <summary>Makes a value safe for a terminal: control characters (escape sequences, newlines, tabs) become spaces.</summary>
    /// <param name="value">The value; <see langword="null"/> or empty shows as "-".</param>
    /// <returns>The cell text.</returns>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        if (!value.Any(char.IsControl))
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }
}
