namespace IdentityProviders.Sdk;

/// <summary>
/// A listing was stopped because the server made no progress (it repeated a cursor or a page) or because the
/// <see cref="PaginationOptions.MaxPages"/> safety cap was reached. The items already yielded are complete and unique.
/// </summary>
public class IdentityProviderPaginationException : IdentityProviderException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="pagesFetched">How many pages were fetched before stopping.</param>
    public IdentityProviderPaginationException(string message, string vendor, string operation, int pagesFetched)
        : base(message, vendor, operation)
    {
        PagesFetched = pagesFetched;
    }

    /// <summary>How many pages were fetched before stopping.</summary>
    public int PagesFetched { get; }
}
