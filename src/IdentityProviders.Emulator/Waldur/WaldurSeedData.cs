using System.Globalization;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Waldur;

/// <summary>
/// Deterministic seed identity providers: the OIDC providers Waldur deployments use (Keycloak, TARA, eduTEAMS, ...),
/// cycled with numbered names ("keycloak", ..., "keycloak-2"), no randomness, so tests can rely on them.
/// </summary>
internal static class WaldurSeedData
{
    private static readonly Template[] Templates =
    [
        new("keycloak", "Keycloak", "https://keycloak.example.org/realms/waldur/.well-known/openid-configuration", "preferred_username"),
        new("tara", "TARA (Estonian state authentication)", "https://tara.ria.ee/.well-known/openid-configuration", "sub"),
        new("eduteams", "eduTEAMS", "https://proxy.eduteams.org/.well-known/openid-configuration", "sub"),
        new("egi-checkin", "EGI Check-in", "https://aai.egi.eu/auth/realms/egi/.well-known/openid-configuration", "voperson_id"),
        new("myaccessid", "MyAccessID", "https://proxy.myaccessid.org/.well-known/openid-configuration", "sub"),
        new("lifescience", "LS Login", "https://login.aai.lifescience-ri.eu/oidc/.well-known/openid-configuration", "sub"),
        new("surfconext", "SURFconext", "https://connect.surfconext.nl/.well-known/openid-configuration", "sub"),
        new("orcid", "ORCID", "https://orcid.org/.well-known/openid-configuration", "sub"),
        new("google", "Google", "https://accounts.google.com/.well-known/openid-configuration", "email"),
        new("entra", "Microsoft Entra ID", "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", "email"),
        new("puhuri", "Puhuri AAI", "https://proxy.puhuri.eduteams.org/.well-known/openid-configuration", "sub"),
        new("fenix", "Fenix AAI", "https://fenix.eduteams.org/.well-known/openid-configuration", "sub"),
    ];

    public static IEnumerable<JsonObject> Create(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var template = Templates[i % Templates.Length];
            var round = (i / Templates.Length) + 1;
            var suffix = round == 1 ? string.Empty : "-" + round.ToString(CultureInfo.InvariantCulture);
            var name = template.Name + suffix;
            var provider = WaldurProviderJson.Defaults(name, template.DiscoveryUrl);
            provider["is_active"] = i % 5 != 4;
            provider["client_id"] = $"waldur-{name}";
            provider["client_secret"] = $"seed-secret-{name}-{i:D4}";
            provider["label"] = template.Label + (round == 1 ? string.Empty : " " + round.ToString(CultureInfo.InvariantCulture));
            provider["enable_pkce"] = i % 3 == 0;
            provider["enable_post_logout_redirect"] = i % 2 == 0;
            provider["management_url"] = i % 4 == 0 ? new Uri(new Uri(template.DiscoveryUrl), "/account").ToString() : string.Empty;
            provider["extra_scope"] = i % 3 == 1 ? "profile email" : null;
            provider["user_claim"] = template.UserClaim;
            provider["attribute_mapping"] = new JsonObject
            {
                ["first_name"] = "given_name",
                ["last_name"] = "family_name",
                ["email"] = "email",
            };
            provider["protected_fields"] = new JsonArray("first_name", "last_name", "email");
            provider["allowed_redirects"] = i % 4 == 1 ? new JsonArray("https://portal.example.org") : new JsonArray();
            WaldurProviderJson.DeriveEndpoints(provider);
            yield return provider;
        }
    }

    private sealed record Template(string Name, string Label, string DiscoveryUrl, string UserClaim);
}
