using System.Collections.Concurrent;
using System.Security.Cryptography;
using IdentityProviders.Emulator.Common;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>Issues client-credentials access tokens and decides which bearer tokens the API accepts.</summary>
internal sealed class KeycardAccessTokens(KeycardSettings settings)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiryByToken = new(StringComparer.Ordinal);
    private readonly Counter _issued = new();

    /// <summary>Gets how many tokens the token endpoint has issued.</summary>
    public int IssuedCount => _issued.Count;

    /// <summary>Gets the lifetime announced in <c>expires_in</c>, in whole seconds.</summary>
    public int LifetimeSeconds => (int)Math.Ceiling(settings.AccessTokenLifetime.TotalSeconds);

    public bool IsValidClient(string? clientId, string? clientSecret) =>
        AuthorizationHeader.SecretEquals(clientId, settings.ClientId)
        & AuthorizationHeader.SecretEquals(clientSecret, settings.ClientSecret);

    public string Issue()
    {
        var token = "kca_" + RandomNumberGenerator.GetHexString(40, lowercase: true);
        _expiryByToken[token] = settings.TimeProvider.GetUtcNow() + settings.AccessTokenLifetime;
        _issued.Increment();
        return token;
    }

    /// <summary>Accepts the static token, or an issued token that has not expired yet.</summary>
    public bool IsAccepted(string? token)
    {
        if (token is null)
        {
            return false;
        }

        if (AuthorizationHeader.SecretEquals(token, settings.Token))
        {
            return true;
        }

        if (!_expiryByToken.TryGetValue(token, out var expiresAt))
        {
            return false;
        }

        if (settings.TimeProvider.GetUtcNow() < expiresAt)
        {
            return true;
        }

        _expiryByToken.TryRemove(token, out _);
        return false;
    }
}
