using System.Text.Json;
using IdentityProviders.Sdk;

namespace Keycard.Sdk;

/// <summary>Reads Keycard's error body <c>{"message", "code", "status"}</c>.</summary>
internal static class KeycardErrorParser
{
    public static VendorErrorBody? Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? code = null;
        string? message = null;
        if (body.TryGetProperty("code", out var c))
        {
            code = c.ValueKind switch
            {
                JsonValueKind.String => c.GetString(),
                JsonValueKind.Number => c.GetRawText(),
                _ => null,
            };
        }

        if (body.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
        {
            message = m.GetString();
        }
        else if (body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String)
        {
            message = e.GetString();
        }

        if (code is null && message is null)
        {
            return null;
        }

        return new VendorErrorBody(code is null ? [] : [code], message is null ? [] : [message.Trim()]);
    }
}
