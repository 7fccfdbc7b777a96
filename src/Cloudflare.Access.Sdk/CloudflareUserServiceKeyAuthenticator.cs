using IdentityProviders.Sdk.Http;

namespace Cloudflare.Access.Sdk;

/// <summary>The user service key scheme: sends <c>X-Auth-User-Service-Key</c>.</summary>
public sealed class CloudflareUserServiceKeyAuthenticator : IRequestAuthenticator
{
    /// <summary>The header.</summary>
    public const string Header = "X-Auth-User-Service-Key";

    private readonly string _key;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="userServiceKey">The user service key.</param>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public CloudflareUserServiceKeyAuthenticator(string userServiceKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userServiceKey);
        _key = userServiceKey;
    }

    /// <inheritdoc />
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(Header);
        request.Headers.TryAddWithoutValidation(Header, _key);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => "CloudflareUserServiceKeyAuthenticator { UserServiceKey = ***REDACTED*** }";
}
