namespace IdentityProviders.Sdk;

/// <summary>The vendor could not be reached, or the connection broke, after the configured retries.</summary>
public class IdentityProviderConnectionException : IdentityProviderException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="innerException">The network error.</param>
    public IdentityProviderConnectionException(string message, string vendor, string operation, Exception? innerException = null)
        : base(message, vendor, operation, innerException)
    {
    }
}
