using System.Text;
using IdentityProviders.Emulator.Zitadel;

namespace IdentityProviders.Emulator;

/// <summary>Connection details for the emulated Zitadel (management and admin identity-provider APIs).</summary>
/// <param name="BaseUrl">The instance URL with a trailing slash (<c>http://127.0.0.1:{port}/zitadel/</c>): the API base and the issuer.</param>
/// <param name="Token">A personal access token the API accepts (<c>Authorization: Bearer</c>).</param>
/// <param name="OrgId">The default organization (used without <c>x-zitadel-orgid</c>; holds the seeded providers).</param>
/// <param name="TokenEndpoint">The JWT profile token endpoint, <c>{issuer}/oauth/v2/token</c>.</param>
/// <param name="ServiceUserId">The service user the key file belongs to (the assertion's <c>iss</c> and <c>sub</c>).</param>
/// <param name="KeyId">The key id (the assertion's <c>kid</c>).</param>
/// <param name="KeyFileJson">The key file Zitadel would issue for the service user: <c>{"type": "serviceaccount", "keyId", "key", "userId"}</c>.</param>
public sealed record ZitadelEmulatorInfo(Uri BaseUrl, string Token, string OrgId, Uri TokenEndpoint, string ServiceUserId, string KeyId, string KeyFileJson)
{
    /// <summary>The issuer the token endpoint expects as the assertion's audience (the base URL without its trailing slash).</summary>
    public string Issuer => BaseUrl.AbsoluteUri.TrimEnd('/');

    internal static ZitadelEmulatorInfo Create(Uri baseAddress, ZitadelSettings settings) => new(
        new Uri(baseAddress, ZitadelConstants.RoutePrefix.TrimStart('/') + "/"),
        settings.Token,
        settings.OrgId,
        new Uri(baseAddress, ZitadelApi.RelativeTokenEndpoint),
        settings.ServiceUserId,
        settings.KeyId,
        settings.KeyFileJson());

    /// <summary>Writes <see cref="KeyFileJson"/> to a file readable only by the current user (for <c>--key-file</c>).</summary>
    /// <param name="path">The file to create or replace.</param>
    public void WriteKeyFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllText(path, KeyFileJson);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    // Keeps the credentials out of logs and test output even though they are only emulator credentials.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BaseUrl = ").Append(BaseUrl)
            .Append(", Token = ***, OrgId = ").Append(OrgId)
            .Append(", TokenEndpoint = ").Append(TokenEndpoint)
            .Append(", ServiceUserId = ").Append(ServiceUserId)
            .Append(", KeyId = ").Append(KeyId)
            .Append(", KeyFileJson = ***");
        return true;
    }
}
