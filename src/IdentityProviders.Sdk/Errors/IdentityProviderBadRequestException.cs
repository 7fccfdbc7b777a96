namespace IdentityProviders.Sdk;

/// <summary>HTTP 400: the vendor rejected the request as malformed or invalid; see <see cref="ApiErrorDetails.FieldErrors"/>.</summary>
public class IdentityProviderBadRequestException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderBadRequestException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
