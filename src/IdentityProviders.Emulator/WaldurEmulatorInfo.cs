using System.Text;
using IdentityProviders.Emulator.Waldur;

namespace IdentityProviders.Emulator;

/// <summary>Connection details for the emulated Waldur API (identity providers).</summary>
/// <param name="BaseUrl">The deployment root, with a trailing slash (<c>http://127.0.0.1:{port}/waldur/</c>); the API is at <c>{BaseUrl}api/identity-providers/</c>.</param>
/// <param name="Token">An API token the API accepts (<c>Authorization: Token &lt;key&gt;</c>).</param>
/// <param name="BearerToken">An OIDC access token the API accepts (<c>Authorization: Bearer &lt;token&gt;</c>).</param>
public sealed record WaldurEmulatorInfo(Uri BaseUrl, string Token, string BearerToken)
{
    internal static WaldurEmulatorInfo Create(Uri baseAddress, WaldurSettings settings) =>
        new(new Uri(baseAddress, WaldurConstants.RoutePrefix.TrimStart('/') + "/"), settings.Token, settings.BearerToken);

    // Keeps the credentials out of logs and test output even though they are only emulator credentials.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BaseUrl = ").Append(BaseUrl).Append(", Token = ***, BearerToken = ***");
        return true;
    }
}
