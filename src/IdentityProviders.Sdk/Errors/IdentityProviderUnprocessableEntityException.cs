namespace IdentityProviders.Sdk;

/// <summary>HTTP 422: the request is well-formed but semantically invalid.</summary>
public class IdentityProviderUnprocessableEntityException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderUnprocessableEntityException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
