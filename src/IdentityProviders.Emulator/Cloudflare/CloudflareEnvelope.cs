using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>Writes the V4 envelope <c>{success, errors, messages, result, result_info}</c>.</summary>
internal static class CloudflareEnvelope
{
    private const string ContentType = "application/json";

    // Quotes and other HTML-sensitive characters stay readable: the body is JSON for API clients, never HTML.
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Success(JsonNode result, int status = StatusCodes.Status200OK, JsonObject? resultInfo = null)
    {
        var body = new JsonObject
        {
            ["success"] = true,
            ["errors"] = new JsonArray(),
            ["messages"] = new JsonArray(),
            ["result"] = result,
        };
        if (resultInfo is not null)
        {
            body["result_info"] = resultInfo;
        }

        return TypedResults.Text(body.ToJsonString(WriteOptions), ContentType, Encoding.UTF8, status);
    }

    public static IResult Error(int status, int code, string message) =>
        TypedResults.Text(Failure(code, message).ToJsonString(WriteOptions), ContentType, Encoding.UTF8, status);

    public static IResult InvalidRequest(string message) =>
        Error(StatusCodes.Status400BadRequest, CloudflareConstants.CodeInvalidRequest, CloudflareConstants.InvalidRequestPrefix + message);

    public static Task WriteAsync(HttpContext context, int status, int code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(Failure(code, message).ToJsonString(WriteOptions), Encoding.UTF8, context.RequestAborted);
    }

    private static JsonObject Failure(int code, string message) => new()
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        ["messages"] = new JsonArray(),
        ["result"] = null,
    };
}
