using IdentityProviders.Sdk.Http;

namespace Keycard.Sdk;

/// <summary>Settings of a <see cref="KeycardClient"/>. Shared settings (timeouts, retries, logging) are documented on the base class.</summary>
public sealed class KeycardClientOptions : IdentityProviderClientOptions
{
    /// <summary>A static bearer token (an API key or access token). Give this or <see cref="ClientCredentials"/>, not both.</summary>
    public string? Token { get; set; }

    /// <summary>OAuth 2.0 client credentials; the client fetches, caches and refreshes tokens. Give this or <see cref="Token"/>.</summary>
    public KeycardClientCredentials? ClientCredentials { get; set; }

    /// <summary>The zone used by <see cref="KeycardClient.AsIdentityProviderClient(string?)"/> when none is given.</summary>
    public string? ZoneId { get; set; }

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var problem in base.Validate())
        {
            yield return problem;
        }

        var hasToken = !string.IsNullOrWhiteSpace(Token);
        if (hasToken == (ClientCredentials is not null))
        {
            yield return "Give exactly one of Token or ClientCredentials.";
        }

        if (ClientCredentials is { } credentials)
        {
            if (string.IsNullOrWhiteSpace(credentials.ClientId) || string.IsNullOrWhiteSpace(credentials.ClientSecret))
            {
                yield return "ClientCredentials.ClientId and ClientCredentials.ClientSecret are required.";
            }

            if (credentials.TokenEndpoint is not { IsAbsoluteUri: true })
            {
                yield return "ClientCredentials.TokenEndpoint must be an absolute URL.";
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"KeycardClientOptions {{ BaseAddress = {BaseAddress}, Token = {(Token is null ? "null" : "***REDACTED***")}, ClientCredentials = {ClientCredentials}, ZoneId = {ZoneId} }}";
}
