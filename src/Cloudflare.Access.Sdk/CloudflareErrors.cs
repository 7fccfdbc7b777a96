using System.Globalization;
using System.Text.Json;
using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk;

/// <summary>
/// Reads the V4 failure envelope <c>{success: false, errors: [{code, message}], messages, result: null}</c>, and
/// classifies an error envelope that arrived with a 2xx status.
/// </summary>
internal static class CloudflareErrors
{
    /// <summary>
    /// Cloudflare codes that name a status class (for errors reported in a 2xx response). Any other code is a
    /// 400-class request error: the server accepted the HTTP request but refused the operation.
    /// </summary>
    private static readonly Dictionary<int, int> StatusByCode = new()
    {
        [6003] = 400, // Invalid request headers
        [6100] = 400, // Invalid format for X-Auth-Email header
        [6101] = 400, // Invalid format for X-Auth-Key header
        [6102] = 400, // Invalid format for X-Auth-Email header
        [6103] = 400, // Invalid format for X-Auth-Key header
        [6111] = 400, // Invalid format for Authorization header
        [9103] = 401, // Unknown X-Auth-Key or X-Auth-Email
        [9106] = 401, // Missing X-Auth-Key, X-Auth-Email or Authorization headers
        [9109] = 403, // Unauthorized to access requested resource
        [10000] = 403, // Authentication error
        [10001] = 401, // Unable to authenticate request
        [7000] = 404, // No route for that URI
        [7003] = 404, // Could not route to ..., perhaps your object identifier is invalid?
        [971] = 429, // Please wait and consider throttling your request speed
        [10429] = 429,
    };

    /// <summary>The <see cref="IdentityProviders.Sdk.Http.ErrorBodyParser"/> for non-2xx responses.</summary>
    /// <param name="body">The parsed body.</param>
    /// <returns>The codes and messages, or <see langword="null"/> when the body is not a V4 envelope.</returns>
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
            if (error.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            codes.Add(error.TryGetProperty("code", out var code) ? code.ValueKind switch
            {
                JsonValueKind.Number => code.GetRawText(),
                JsonValueKind.String => code.GetString() ?? string.Empty,
                _ => string.Empty,
            } : string.Empty);
            messages.Add(error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString()!.Trim() : string.Empty);
        }

        return codes.Count == 0 && !(body.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False)
            ? null
            : new VendorErrorBody(codes, messages);
    }

    /// <summary>Builds the exception for an error envelope that came with a 2xx status.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="receivedStatus">The HTTP status received.</param>
    /// <param name="errors">The envelope's errors (may be empty when only <c>success</c> was false).</param>
    /// <param name="requestId">The request id.</param>
    /// <returns>The exception (not thrown).</returns>
    public static IdentityProviderApiException FromEnvelope(string operation, int receivedStatus, IReadOnlyList<CloudflareMessage> errors, string? requestId)
    {
        var status = Classify(errors);
        return ApiExceptionFactory.Create(new ApiErrorDetails
        {
            Vendor = IdentityProviderVendor.Cloudflare,
            Operation = operation,
            StatusCode = status,
            ReceivedStatusCode = receivedStatus,
            ErrorCodes = [.. errors.Select(e => e.Code.ToString(CultureInfo.InvariantCulture))],
            ErrorMessages = errors.Count == 0 ? ["the response envelope says success: false without errors"] : [.. errors.Select(e => e.Message.Trim())],
            RequestId = requestId,
        });
    }

    /// <summary>Replaces every occurrence of a known secret (four characters or more) in a server's text.</summary>
    /// <param name="text">The text, as the server sent it.</param>
    /// <param name="secrets">The secret values this client sends (its credentials).</param>
    /// <returns>The text with each secret replaced by <see cref="SecretRedactor.Mask"/>.</returns>
    internal static string Scrub(string text, IReadOnlyList<string> secrets)
    {
        foreach (var secret in secrets)
        {
            if (secret.Length >= 4 && text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, SecretRedactor.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Scrubs a value that may be absent (see <see cref="Scrub"/>).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="secrets">The secret values.</param>
    /// <returns>The scrubbed text, or <see langword="null"/>.</returns>
    internal static string? ScrubOrNull(string? text, IReadOnlyList<string> secrets) => text is null ? null : Scrub(text, secrets);

    /// <summary>The status class of a set of error codes: the first code that names one, else 400.</summary>
    /// <param name="errors">The errors.</param>
    /// <returns>The status to classify the failure as.</returns>
    internal static int Classify(IReadOnlyList<CloudflareMessage> errors)
    {
        foreach (var error in errors)
        {
            if (StatusByCode.TryGetValue(error.Code, out var status))
            {
                return status;
            }
        }

        return 400;
    }
}
