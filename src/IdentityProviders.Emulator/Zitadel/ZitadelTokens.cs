using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IdentityProviders.Emulator.Common;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>
/// The static personal access token, and access tokens issued by the JWT profile grant after checking the assertion:
/// RS256 signature with the service user's public key, <c>kid</c>, <c>iss</c> = <c>sub</c> = the user id, <c>aud</c> =
/// the issuer, and <c>iat</c>/<c>exp</c> within an hour.
/// </summary>
internal sealed class ZitadelTokens(ZitadelSettings settings)
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);
    private int _issuedCount;

    public int IssuedCount => Volatile.Read(ref _issuedCount);

    public bool IsAccepted(string token) =>
        AuthorizationHeader.SecretEquals(token, settings.Token)
        || (_issued.TryGetValue(token, out var expires) && settings.TimeProvider.GetUtcNow() < expires);

    /// <summary>Checks an assertion; returns the OAuth error description, or <see langword="null"/> when valid.</summary>
    public string? Verify(string assertion, string issuer)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return "assertion is not a compact JWS";
        }

        JsonDocument header, payload;
        try
        {
            header = JsonDocument.Parse(Base64Url(parts[0]));
            payload = JsonDocument.Parse(Base64Url(parts[1]));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return "assertion is malformed";
        }

        using (header)
        using (payload)
        {
            if (Text(header.RootElement, "alg") != "RS256")
            {
                return "assertion must be signed with RS256";
            }

            if (Text(header.RootElement, "kid") != settings.KeyId)
            {
                return "assertion kid is unknown";
            }

            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            byte[] signature;
            try
            {
                signature = Base64Url(parts[2]);
            }
            catch (FormatException)
            {
                return "assertion signature is malformed";
            }

            if (!settings.Key.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return "assertion signature is invalid";
            }

            var claims = payload.RootElement;
            if (Text(claims, "iss") != settings.ServiceUserId || Text(claims, "sub") != settings.ServiceUserId)
            {
                return "assertion iss and sub must be the service user id";
            }

            if (!Audience(claims).Contains(issuer, StringComparer.Ordinal))
            {
                return $"assertion aud must contain the issuer {issuer}";
            }

            var now = settings.TimeProvider.GetUtcNow();
            if (Time(claims, "exp") is not { } exp || exp <= now - Skew)
            {
                return "assertion is expired or has no exp";
            }

            if (Time(claims, "iat") is not { } iat || iat > now + Skew || exp - iat > TimeSpan.FromHours(1) + Skew)
            {
                return "assertion iat is missing, in the future, or more than an hour before exp";
            }
        }

        return null;
    }

    public (string Token, int ExpiresIn) Issue()
    {
        var token = "zitadel-emulator-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        _issued[token] = settings.TimeProvider.GetUtcNow() + settings.AccessTokenLifetime;
        Interlocked.Increment(ref _issuedCount);
        return (token, (int)settings.AccessTokenLifetime.TotalSeconds);
    }

    private static byte[] Base64Url(string value)
    {
        var text = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight((text.Length + 3) / 4 * 4, '='));
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static IEnumerable<string> Audience(JsonElement claims)
    {
        if (!claims.TryGetProperty("aud", out var aud))
        {
            return [];
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => [aud.GetString()!],
            JsonValueKind.Array => [.. aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)],
            _ => [],
        };
    }
}
