using System.Text.Json;
using System.Text.Json.Serialization;
using Zitadel.Sdk.Json;

namespace Zitadel.Sdk;

/// <summary>
/// A key file Zitadel issues for a service user (<c>{"type": "serviceaccount", "keyId", "key", "userId"}</c>) or an
/// API application (<c>{"type": "application", "keyId", "key", "appId", "clientId"}</c>). The client signs a JWT with
/// <see cref="Key"/> (RS256) and exchanges it for access tokens with the JWT profile grant (RFC 7523).
/// The private key never appears in <see cref="ToString"/>.
/// </summary>
public sealed record ZitadelServiceAccountKey
{
    /// <summary>The key type: <c>serviceaccount</c> or <c>application</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The key id, sent as the assertion's <c>kid</c>.</summary>
    [JsonPropertyName("keyId")]
    public required string KeyId { get; init; }

    /// <summary>The PEM-encoded RSA private key (PKCS#1 or PKCS#8).</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>The service user's id: the assertion's <c>iss</c> and <c>sub</c> (service-user keys).</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    /// <summary>The application's client id: the assertion's <c>iss</c> and <c>sub</c> (application keys).</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>The application's id (application keys).</summary>
    [JsonPropertyName("appId")]
    public string? AppId { get; init; }

    /// <summary>The identity the assertion is issued for: <see cref="UserId"/>, or <see cref="ClientId"/> for application keys.</summary>
    [JsonIgnore]
    public string? Subject => string.Equals(Type, "application", StringComparison.OrdinalIgnoreCase) ? ClientId ?? UserId : UserId ?? ClientId;

    /// <summary>Parses the JSON content of a key file.</summary>
    /// <param name="json">The key file's JSON.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not a Zitadel key file (the message never contains the key).</exception>
    public static ZitadelServiceAccountKey Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ZitadelServiceAccountKey? key;
        try
        {
            key = JsonSerializer.Deserialize(json, ZitadelJsonContext.Default.ZitadelServiceAccountKey);
        }
        catch (JsonException e)
        {
            // The serializer's message may quote the input: keep only its position.
            throw new FormatException($"Not a Zitadel key file: invalid JSON or missing keyId/key (line {e.LineNumber}, byte {e.BytePositionInLine}).");
        }

        if (key is null || string.IsNullOrWhiteSpace(key.KeyId) || string.IsNullOrWhiteSpace(key.Key))
        {
            throw new FormatException("Not a Zitadel key file: keyId and key are required.");
        }

        if (string.IsNullOrWhiteSpace(key.Subject))
        {
            throw new FormatException("Not a Zitadel key file: userId (service user) or clientId (application) is required.");
        }

        return key;
    }

    /// <summary>Reads and parses a key file.</summary>
    /// <param name="path">The path of the JSON key file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The file is not a Zitadel key file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ZitadelServiceAccountKey FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Describes the key without its private part.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"ZitadelServiceAccountKey {{ Type = {Type}, KeyId = {KeyId}, UserId = {UserId}, ClientId = {ClientId}, Key = ***REDACTED*** }}";
}
