namespace IdentityProviders.Sdk.Http;

/// <summary>Applies an <see cref="IRequestAuthenticator"/> to every attempt.</summary>
/// <param name="authenticator">The authenticator.</param>
public sealed class AuthenticationHandler(IRequestAuthenticator authenticator) : DelegatingHandler
{
    private readonly IRequestAuthenticator _authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
