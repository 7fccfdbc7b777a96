namespace IdentityProviders.Sdk;

/// <summary>HTTP 403: the credentials are valid but lack the permission the operation needs.</summary>
public class IdentityProviderPermissionDeniedException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderPermissionDeniedException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
