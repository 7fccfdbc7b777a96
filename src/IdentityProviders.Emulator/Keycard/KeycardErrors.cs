using Microsoft.Net.Http.Headers;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>Writes Keycard's error shape <c>{"message", "code", "status"}</c>.</summary>
internal static class KeycardErrors
{
    public const string BearerChallenge = "Bearer realm=\"keycard\"";

    public static IResult Result(int status, string message) =>
        TypedResults.Json(Create(status, message), KeycardJsonContext.Default.KeycardError, statusCode: status);

    public static IResult BadRequest(string message) => Result(StatusCodes.Status400BadRequest, message);

    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            Create(status, message), KeycardJsonContext.Default.KeycardError, contentType: "application/json", context.RequestAborted);
    }

    public static Task WriteUnauthorizedAsync(HttpContext context, string message, string? bearerError)
    {
        context.Response.Headers[HeaderNames.WWWAuthenticate] =
            bearerError is null ? BearerChallenge : $"{BearerChallenge}, error=\"{bearerError}\"";
        return WriteAsync(context, StatusCodes.Status401Unauthorized, message);
    }

    public static string CodeFor(int status) => status switch
    {
        400 => "invalid_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        >= 500 => "internal_error",
        _ => "error",
    };

    private static KeycardError Create(int status, string message) =>
        new() { Message = message, Code = CodeFor(status), Status = status };
}
