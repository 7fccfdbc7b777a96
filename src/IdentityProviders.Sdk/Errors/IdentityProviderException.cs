namespace IdentityProviders.Sdk;

/// <summary>The base of every exception the SDKs raise for a failed operation; names the vendor and the operation.</summary>
public class IdentityProviderException : Exception
{
    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message (never contains secrets or raw bodies).</param>
    /// <param name="vendor">The vendor, e.g. <c>keycard</c>.</param>
    /// <param name="operation">The operation, e.g. <c>providers.list</c>.</param>
    /// <param name="innerException">The cause, if any.</param>
    public IdentityProviderException(string message, string vendor, string operation, Exception? innerException = null)
        : base(message, innerException)
    {
        Vendor = vendor;
        Operation = operation;
    }

    /// <summary>The vendor, e.g. <c>keycard</c>.</summary>
    public string Vendor { get; }

    /// <summary>The operation that failed, e.g. <c>providers.list</c>.</summary>
    public string Operation { get; }
}
