using CsCheck;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>
/// Identifier-shaped strings built from pieces that mean something to a URL, a header or a parser: separators and
/// dot segments, (double) percent-escapes, query and fragment syntax, whitespace, CR/LF and NUL, backslashes,
/// non-ASCII (accents, combining marks, RTL override, surrogate pairs, BOM), plus plain characters between them.
/// Lone surrogates are left out: they are not valid text and no vendor id can hold one.
/// </summary>
public static class HostileStrings
{
    public static readonly string[] Pieces =
    [
        "/", "//", "..", ".", "../", "/..", "%2F", "%2f", "%2e", "%2E%2E", "%252F", "..%2F", "%5C", "%00", "%0d%0a", "%", "%%", "%zz", "%u002e",
        "?", "#", "&", "=", "?x=1", "#frag", "&admin=true", ";", ":", "@", "+", " ", "  ", "\t", "\r", "\n", "\r\n", "\r\nX-Injected: 1", "\0", "\\", "\\..\\",
        "'", "\"", "<", ">", "{", "}", "|", "^", "`", "[", "]", "~", "!", "$", "*", ",",
        "é", "e\u0301", "\u202E", "\u05D0\u05D1", "\u0627", "😀", "𝔘", "\uFEFF", "\u00A0", "\u2028", "ü", "中文", "ß", "İ",
        "a", "b", "z", "Z", "0", "9", "-", "_", "prv", "idp", "admin", "provider",
    ];

    /// <summary>Exactly a dot segment, empty, whitespace only or a long value: the edge cases of every guard.</summary>
    private static readonly string[] Whole = [".", "..", "", " ", "\t", "\r\n", "...", ". .", "%2e%2e", "..\0"];

    public static Gen<string> Value { get; } = Gen.Frequency(
        (12, Gen.Int[0, Pieces.Length - 1].Array[1, 10].Select(ix => string.Concat(ix.Select(i => Pieces[i])))),
        (2, Gen.OneOf(Whole)),
        (1, Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Int[20, 300]).Select((i, n) => string.Concat(Enumerable.Repeat(Pieces[i], n)))));

    /// <summary>The string with control and non-ASCII characters escaped, for failure messages.</summary>
    public static string Show(string value) =>
        "\"" + string.Concat((value ?? string.Empty).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
