namespace IdentityProviders.Sdk.Http;

/// <summary>Adds credentials to an outgoing request (called once per attempt, so refreshed tokens apply to retries).</summary>
public interface IRequestAuthenticator
{
    /// <summary>Adds the credentials.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels a token fetch.</param>
    /// <returns>A task that completes when the request is authenticated.</returns>
    ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
