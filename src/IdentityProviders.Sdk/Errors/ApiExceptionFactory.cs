namespace IdentityProviders.Sdk;

/// <summary>The one place that maps an HTTP status to the exception type.</summary>
public static class ApiExceptionFactory
{
    /// <summary>Creates the exception that matches <see cref="ApiErrorDetails.StatusCode"/>.</summary>
    /// <param name="details">The error details.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <returns>The exception (not thrown).</returns>
    public static IdentityProviderApiException Create(ApiErrorDetails details, Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.StatusCode switch
        {
            400 => new IdentityProviderBadRequestException(details, innerException),
            401 => new IdentityProviderAuthenticationException(details, innerException),
            403 => new IdentityProviderPermissionDeniedException(details, innerException),
            404 => new IdentityProviderNotFoundException(details, innerException),
            409 => new IdentityProviderConflictException(details, innerException),
            422 => new IdentityProviderUnprocessableEntityException(details, innerException),
            429 => new IdentityProviderRateLimitedException(details, innerException),
            >= 500 and <= 599 => new IdentityProviderServerException(details, innerException),
            _ => new IdentityProviderApiException(details, innerException),
        };
    }
}
