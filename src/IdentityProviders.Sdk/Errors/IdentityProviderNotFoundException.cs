namespace IdentityProviders.Sdk;

/// <summary>HTTP 404: the provider (or its parent zone, account or organization) does not exist.</summary>
public class IdentityProviderNotFoundException : IdentityProviderApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderNotFoundException(ApiErrorDetails details, Exception? innerException = null)
        : base(details, innerException)
    {
    }
}
