namespace IdentityProviders.Sdk;

/// <summary>What a vendor said about a failed request, parsed from its error body and headers.</summary>
public sealed record ApiErrorDetails
{
    /// <summary>The vendor.</summary>
    public required string Vendor { get; init; }

    /// <summary>The operation.</summary>
    public required string Operation { get; init; }

    /// <summary>The HTTP status code (for an error reported inside a successful response, the status it is classified as).</summary>
    public required int StatusCode { get; init; }

    /// <summary>
    /// The HTTP status the server actually sent, when it differs from <see cref="StatusCode"/>: a vendor that reports
    /// an error inside a 2xx response (e.g. Cloudflare's <c>success: false</c> envelope) is classified by its error codes.
    /// </summary>
    public int? ReceivedStatusCode { get; init; }

    /// <summary>The vendor's error codes (e.g. <c>not_found</c>, <c>10001</c>, a gRPC code), in the order sent.</summary>
    public IReadOnlyList<string> ErrorCodes { get; init; } = [];

    /// <summary>The vendor's error messages, in the order sent.</summary>
    public IReadOnlyList<string> ErrorMessages { get; init; } = [];

    /// <summary>Field-level validation messages by field name, when the vendor sends them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The vendor's request id, for support tickets.</summary>
    public string? RequestId { get; init; }

    /// <summary>How long the server asked the client to wait before retrying, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
