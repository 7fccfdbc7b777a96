using System.Net.Http.Headers;

namespace IdentityProviders.Sdk.Http;

/// <summary>Sends <c>Authorization: &lt;scheme&gt; &lt;token&gt;</c> with a token from an <see cref="IAccessTokenProvider"/>.</summary>
/// <param name="tokenProvider">Supplies the token.</param>
/// <param name="scheme">The scheme; <c>Bearer</c> by default (Waldur uses <c>Token</c>).</param>
public sealed class BearerTokenAuthenticator(IAccessTokenProvider tokenProvider, string scheme = "Bearer") : IRequestAuthenticator
{
    private readonly IAccessTokenProvider _tokenProvider = tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider));

    /// <inheritdoc />
    public async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await _tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
    }

    /// <inheritdoc />
    public override string ToString() => $"BearerTokenAuthenticator {{ Scheme = {scheme}, Token = ***REDACTED*** }}";
}
