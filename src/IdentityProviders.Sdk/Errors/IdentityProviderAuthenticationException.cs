namespace IdentityProviders.Sdk;

/// <summary>HTTP 401: the credentials are missing, wrong or expired.</summary>
public class IdentityProviderAuthenticationException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderAuthenticationException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
