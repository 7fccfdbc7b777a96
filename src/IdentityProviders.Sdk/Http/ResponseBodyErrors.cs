using System.Globalization;
using System.Text.Json;

namespace IdentityProviders.Sdk.Http;

/// <summary>
/// Describes why a response body could not be read without quoting it. System.Text.Json's reader messages can carry
/// a stretch of the body (an invalid literal is quoted up to the end of the buffer), and a body may hold secrets, so
/// the SDK keeps only the exception type, the JSON path and the position: enough to find the spot in the body.
/// </summary>
internal static class ResponseBodyErrors
{
    /// <summary>A description of <paramref name="exception"/> that names the spot in the body, never its content.</summary>
    /// <param name="exception">What the deserializer threw.</param>
    /// <returns>E.g. <c>invalid JSON at $.result[3].config, line 0, byte 812 (JsonReaderException)</c>.</returns>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var kind = exception.InnerException is { } inner && exception is JsonException ? inner.GetType().Name : exception.GetType().Name;
        return exception is JsonException json
            ? string.Create(CultureInfo.InvariantCulture, $"invalid or unexpected JSON at {json.Path ?? "$"}, line {json.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? "?"}, byte {json.BytePositionInLine?.ToString(CultureInfo.InvariantCulture) ?? "?"}{MissingRequiredProperties(json)} ({kind})")
            : $"{kind} while mapping the JSON";
    }

    // System.Text.Json names the required properties a body lacked ("... was missing required properties including:
    // 'id', 'name'."). Those names come from the model, not from the body, so they are kept: they say what to fix.
    private const string MissingRequiredMarker = "missing required properties including: ";
    private const int MaxMissingRequiredLength = 200;

    private static string MissingRequiredProperties(JsonException json)
    {
        var message = json.Message;
        var start = message.IndexOf(MissingRequiredMarker, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var names = message[(start + MissingRequiredMarker.Length)..];
        var end = names.IndexOf(" Path: ", StringComparison.Ordinal);
        names = (end >= 0 ? names[..end] : names).TrimEnd(' ', '.');
        if (names.Length > MaxMissingRequiredLength)
        {
            names = names[..MaxMissingRequiredLength] + "...";
        }

        return "; missing required properties " + names;
    }

    /// <summary>
    /// The inner exception to attach: a <see cref="JsonException"/> with the same path and position whose message is
    /// <see cref="Describe"/>, since the original's message (and its inner reader exception) may quote the body.
    /// </summary>
    /// <param name="exception">What the deserializer threw.</param>
    /// <returns>The exception to keep as the inner exception.</returns>
    public static JsonException Sanitize(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is JsonException json
            ? new JsonException(Describe(exception) + "; the original message is withheld because it can quote the response body.", json.Path, json.LineNumber, json.BytePositionInLine)
            : new JsonException(Describe(exception) + "; the original message is withheld because it can quote the response body.");
    }
}
