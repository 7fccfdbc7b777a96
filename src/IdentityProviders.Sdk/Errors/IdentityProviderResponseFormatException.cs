namespace IdentityProviders.Sdk;

/// <summary>The vendor answered, but the response could not be understood (not JSON, wrong shape, too large).</summary>
public class IdentityProviderResponseFormatException : IdentityProviderException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message (never the raw body).</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="requestId">The vendor's request id, when sent.</param>
    /// <param name="innerException">The parse error.</param>
    public IdentityProviderResponseFormatException(string message, string vendor, string operation, int statusCode, string? requestId, Exception? innerException = null)
        : base(message, vendor, operation, innerException)
    {
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>The HTTP status of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The vendor's request id, when sent.</summary>
    public string? RequestId { get; }
}
