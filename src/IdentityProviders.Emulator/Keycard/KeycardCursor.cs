using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>
/// Opaque page cursors. A cursor encodes the item's position in creation order rather than its id, so a cursor
/// stays usable after its item has been deleted.
/// </summary>
internal static class KeycardCursor
{
    private const string Prefix = "prv:";

    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long sequence)
    {
        sequence = 0;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence > 0;
    }
}
