using System.Text;
using IdentityProviders.Emulator.Cloudflare;

namespace IdentityProviders.Emulator;

/// <summary>Connection details for the emulated Cloudflare API (Access identity providers).</summary>
/// <param name="BaseUrl">The API base URL, with a trailing slash (<c>http://127.0.0.1:{port}/cloudflare/client/v4/</c>), the counterpart of <c>https://api.cloudflare.com/client/v4</c>.</param>
/// <param name="ApiToken">An API token the API accepts (<c>Authorization: Bearer</c>).</param>
/// <param name="Email">The account e-mail the API accepts (<c>X-Auth-Email</c>).</param>
/// <param name="ApiKey">The Global API key the API accepts (<c>X-Auth-Key</c>).</param>
/// <param name="AccountId">The account that holds the seeded identity providers.</param>
/// <param name="ZoneId">The zone that holds its own seeded identity providers.</param>
public sealed record CloudflareEmulatorInfo(Uri BaseUrl, string ApiToken, string Email, string ApiKey, string AccountId, string ZoneId)
{
    internal static CloudflareEmulatorInfo Create(Uri baseAddress, CloudflareSettings settings) => new(
        new Uri(baseAddress, CloudflareConstants.RoutePrefix.TrimStart('/') + "/"),
        settings.ApiToken,
        settings.Email,
        settings.ApiKey,
        settings.AccountId,
        settings.ZoneId);

    // Keeps the credentials out of logs and test output even though they are only emulator credentials.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("BaseUrl = ").Append(BaseUrl)
            .Append(", ApiToken = ***, Email = ").Append(Email)
            .Append(", ApiKey = ***, AccountId = ").Append(AccountId)
            .Append(", ZoneId = ").Append(ZoneId);
        return true;
    }
}
