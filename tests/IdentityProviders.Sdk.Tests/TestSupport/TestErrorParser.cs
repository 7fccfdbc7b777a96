using System.Text.Json;

namespace IdentityProviders.Sdk.Tests.TestSupport;

/// <summary>Parses <c>{"errors":[{"code":"...","message":"..."}]}</c>, the error shape the HTTP tests serve.</summary>
internal static class TestErrorParser
{
    public static VendorErrorBody? Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var codes = new List<string>();
        var messages = new List<string>();
        foreach (var error in errors.EnumerateArray())
        {
            if (error.TryGetProperty("code", out var code))
            {
                codes.Add(code.ToString());
            }

            if (error.TryGetProperty("message", out var message))
            {
                messages.Add(message.GetString() ?? string.Empty);
            }
        }

        return new VendorErrorBody(codes, messages);
    }
}
