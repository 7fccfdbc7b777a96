using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>Writes the grpc-gateway error body <c>{code, message, details}</c> and JSON responses.</summary>
internal static class ZitadelErrors
{
    public const string ContentType = "application/json";

    public static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(body.ToJsonString(WriteOptions), ContentType, Encoding.UTF8, status);

    public static Task WriteAsync(HttpContext context, int status, int code, string message, string? errorId = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        var details = new JsonArray();
        if (errorId is not null)
        {
            details.Add((JsonNode)new JsonObject
            {
                ["@type"] = "type.googleapis.com/zitadel.v1.ErrorDetail",
                ["id"] = errorId,
                ["message"] = message,
            });
        }

        var body = new JsonObject { ["code"] = code, ["message"] = message, ["details"] = details };
        return context.Response.WriteAsync(body.ToJsonString(WriteOptions), Encoding.UTF8, context.RequestAborted);
    }
}
