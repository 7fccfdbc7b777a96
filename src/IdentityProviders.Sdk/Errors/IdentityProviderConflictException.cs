namespace IdentityProviders.Sdk;

/// <summary>HTTP 409: the request conflicts with the current state, e.g. a duplicate name or identifier.</summary>
public class IdentityProviderConflictException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderConflictException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
