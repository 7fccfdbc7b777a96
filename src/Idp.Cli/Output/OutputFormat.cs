namespace Idp.Cli.Output;

/// <summary>The values of <c>--format</c>.</summary>
internal static class OutputFormat
{
    /// <summary>An aligned table that fits 80 columns.</summary>
    public const string Table = "table";

    /// <summary>Indented JSON: an array for listings, one object for a single provider.</summary>
    public const string Json = "json";

    /// <summary>JSON Lines: one compact object per line, flushed as each page arrives.</summary>
    public const string JsonLines = "jsonl";

    /// <summary>Creates the writer of a listing format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="output">Standard output.</param>
    /// <returns>The writer.</returns>
    public static IProviderWriter CreateListWriter(string format, TextWriter output) => format switch
    {
        Json => new JsonArrayWriter(output),
        JsonLines => new JsonLinesWriter(output),
        Table => new TableWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
    };
}
