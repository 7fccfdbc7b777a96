namespace IdentityProviders.Sdk;

/// <summary>HTTP 429: the vendor's rate limit was hit; <see cref="IdentityProviderApiException.RetryAfter"/> says when to retry.</summary>
public class IdentityProviderRateLimitedException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderRateLimitedException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
