using IdentityProviders.Sdk.Http;

namespace Cloudflare.Access.Sdk;

/// <summary>The Global API key scheme: sends <c>X-Auth-Email</c> and <c>X-Auth-Key</c>.</summary>
public sealed class CloudflareApiKeyAuthenticator : IRequestAuthenticator
{
    /// <summary>The e-mail header.</summary>
    public const string EmailHeader = "X-Auth-Email";

    /// <summary>The key header.</summary>
    public const string KeyHeader = "X-Auth-Key";

    private readonly string _email;
    private readonly string _apiKey;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="email">The account e-mail.</param>
    /// <param name="apiKey">The Global API key.</param>
    /// <exception cref="ArgumentException">A value is empty.</exception>
    public CloudflareApiKeyAuthenticator(string email, string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        _email = email;
        _apiKey = apiKey;
    }

    /// <inheritdoc />
    public ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(EmailHeader);
        request.Headers.Remove(KeyHeader);
        request.Headers.TryAddWithoutValidation(EmailHeader, _email);
        request.Headers.TryAddWithoutValidation(KeyHeader, _apiKey);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"CloudflareApiKeyAuthenticator {{ Email = {_email}, ApiKey = ***REDACTED*** }}";
}
