using System.Globalization;
using System.Text;

namespace IdentityProviders.Sdk;

/// <summary>The vendor answered with an error status. Subclasses name the status class.</summary>
public class IdentityProviderApiException : IdentityProviderException
{
    /// <summary>Creates an exception from parsed error details.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderApiException(ApiErrorDetails details, Exception? innerException = null)
        : base(BuildMessage(details ?? throw new ArgumentNullException(nameof(details))), details.Vendor, details.Operation, innerException)
    {
        Details = details;
    }

    /// <summary>Everything the vendor said about the failure.</summary>
    public ApiErrorDetails Details { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => Details.StatusCode;

    /// <summary>The vendor's error codes.</summary>
    public IReadOnlyList<string> ErrorCodes => Details.ErrorCodes;

    /// <summary>The vendor's error messages.</summary>
    public IReadOnlyList<string> ErrorMessages => Details.ErrorMessages;

    /// <summary>The vendor's request id, when sent.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>The server's <c>Retry-After</c> hint, when sent.</summary>
    public TimeSpan? RetryAfter => Details.RetryAfter;

    private static string BuildMessage(ApiErrorDetails details)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{details.Vendor} {details.Operation} failed with HTTP {details.StatusCode}");
        var reason = StatusReason(details.StatusCode);
        var received = details.ReceivedStatusCode is { } r && r != details.StatusCode
            ? string.Create(CultureInfo.InvariantCulture, $"reported in an HTTP {r} response")
            : null;
        if (reason is not null || received is not null)
        {
            text.Append(" (").Append(string.Join("; ", new[] { reason, received }.OfType<string>())).Append(')');
        }

        var count = Math.Max(details.ErrorCodes.Count, details.ErrorMessages.Count);
        for (var i = 0; i < count && i < 5; i++)
        {
            text.Append(i == 0 ? ": " : "; ");
            var code = i < details.ErrorCodes.Count ? details.ErrorCodes[i] : null;
            var message = i < details.ErrorMessages.Count ? details.ErrorMessages[i] : null;
            if (!string.IsNullOrEmpty(code))
            {
                text.Append(CultureInfo.InvariantCulture, $"[{code}] ");
            }

            text.Append(Truncate(message ?? string.Empty, 300));
        }

        if (details.FieldErrors.Count > 0)
        {
            text.Append(" (fields: ");
            text.Append(string.Join("; ", details.FieldErrors.Take(10).Select(f => $"{f.Key}: {Truncate(string.Join(" ", f.Value), 200)}")));
            text.Append(')');
        }

        if (details.RetryAfter is { } retryAfter)
        {
            text.Append(CultureInfo.InvariantCulture, $"; retry after {retryAfter.TotalSeconds:0.###}s");
        }

        if (!string.IsNullOrEmpty(details.RequestId))
        {
            text.Append(CultureInfo.InvariantCulture, $" (request id {details.RequestId})");
        }

        return text.ToString().TrimEnd() is var s && s.EndsWith('.') ? s : s + ".";
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "...");

    private static string? StatusReason(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => null,
    };
}
