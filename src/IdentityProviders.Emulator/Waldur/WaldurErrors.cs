using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Waldur;

/// <summary>Writes Django REST framework bodies: <c>{"detail": "..."}</c> and field -> messages maps.</summary>
internal static class WaldurErrors
{
    public const string ContentType = "application/json";

    // Quotes stay readable: the body is JSON for API clients, never HTML.
    public static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(body.ToJsonString(WriteOptions), ContentType, Encoding.UTF8, status);

    public static IResult Detail(int status, string detail) => Json(new JsonObject { ["detail"] = detail }, status);

    public static IResult Validation(JsonObject fieldErrors) => Json(fieldErrors, StatusCodes.Status400BadRequest);

    public static Task WriteDetailAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(new JsonObject { ["detail"] = detail }.ToJsonString(WriteOptions), Encoding.UTF8, context.RequestAborted);
    }
}
