namespace IdentityProviders.Sdk.Http;

/// <summary>Supplies bearer access tokens.</summary>
public interface IAccessTokenProvider
{
    /// <summary>Returns a token valid for at least the provider's refresh margin.</summary>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The token.</returns>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
