using System.Globalization;
using System.Text.Json;
using IdentityProviders.Sdk;

namespace Zitadel.Sdk;

/// <summary>
/// Reads the grpc-gateway error body <c>{"code": gRPC code, "message", "details": [{"@type", "id", "message"}]}</c>:
/// the gRPC code (as a decimal string) comes first in <see cref="IdentityProviderApiException.ErrorCodes"/>, followed
/// by Zitadel's error ids (e.g. <c>COMMAND-2n8vs</c>) from <c>details</c>.
/// </summary>
internal static class ZitadelErrorParser
{
    public static VendorErrorBody? Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var codes = new List<string>();
        var messages = new List<string>();
        string? code = null;
        if (body.TryGetProperty("code", out var c))
        {
            code = c.ValueKind switch
            {
                JsonValueKind.Number when c.TryGetInt32(out var n) => n.ToString(CultureInfo.InvariantCulture),
                JsonValueKind.String => c.GetString(),
                _ => null,
            };
        }

        var message = body.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()?.Trim() : null;
        if (code is null && message is null)
        {
            return null;
        }

        codes.Add(code ?? string.Empty);
        messages.Add(message ?? string.Empty);
        if (body.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
        {
            foreach (var detail in details.EnumerateArray().Take(5))
            {
                if (detail.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var id = detail.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                var text = detail.TryGetProperty("message", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (id is not null || text is not null)
                {
                    codes.Add(id ?? string.Empty);
                    messages.Add(text ?? string.Empty);
                }
            }
        }

        return new VendorErrorBody(codes, messages);
    }
}
