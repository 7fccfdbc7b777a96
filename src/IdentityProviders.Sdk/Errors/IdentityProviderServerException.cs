namespace IdentityProviders.Sdk;

/// <summary>HTTP 5xx: the vendor failed; usually transient and already retried by the default pipeline.</summary>
public class IdentityProviderServerException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderServerException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
