namespace IdentityProviders.Sdk;

/// <summary>
/// The operation did not complete within its time budget. For a non-idempotent request (create, update, delete)
/// <see cref="OutcomeUnknown"/> is <see langword="true"/>: the server may or may not have applied it.
/// </summary>
public class IdentityProviderTimeoutException : IdentityProviderException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="outcomeUnknown">Whether the request may have been applied.</param>
    /// <param name="innerException">The timeout.</param>
    public IdentityProviderTimeoutException(string message, string vendor, string operation, bool outcomeUnknown, Exception? innerException = null)
        : base(message, vendor, operation, innerException)
    {
        OutcomeUnknown = outcomeUnknown;
    }

    /// <summary>Whether a non-idempotent request may have been applied by the server; check before re-sending it.</summary>
    public bool OutcomeUnknown { get; }
}
