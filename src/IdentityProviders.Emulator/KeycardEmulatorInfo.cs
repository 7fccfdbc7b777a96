using System.Text;

namespace IdentityProviders.Emulator;

/// <summary>Connection details for the emulated Keycard API.</summary>
/// <param name="BaseUrl">The API base URL, with a trailing slash (<c>http://127.0.0.1:{port}/keycard/</c>).</param>
/// <param name="Token">A static bearer token the API accepts.</param>
/// <param name="ZoneId">The zone that holds the seeded providers.</param>
/// <param name="TokenEndpoint">The OAuth 2.0 client-credentials token endpoint.</param>
/// <param name="ClientId">The client id the token endpoint accepts.</param>
/// <param name="ClientSecret">The client secret the token endpoint accepts.</param>
public sealed record KeycardEmulatorInfo(Uri BaseUrl, string Token, string ZoneId, Uri TokenEndpoint, string ClientId, string ClientSecret)
{
    // Keeps the credentials out of logs and test output even though they are only emulator credentials.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BaseUrl = ").Append(BaseUrl)
            .Append(", Token = ***, ZoneId = ").Append(ZoneId)
            .Append(", TokenEndpoint = ").Append(TokenEndpoint)
            .Append(", ClientId = ").Append(ClientId)
            .Append(", ClientSecret = ***");
        return true;
    }
}
