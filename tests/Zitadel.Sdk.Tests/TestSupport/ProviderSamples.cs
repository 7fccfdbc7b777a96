using System.Text;
using Zitadel.Sdk.Models;

namespace Zitadel.Sdk.Tests.TestSupport;

/// <summary>A sample of every provider type, with the wire JSON written by hand from the spec.</summary>
public static class ProviderSamples
{
    private static readonly ProviderOptions Options = new() { IsLinkingAllowed = true, IsCreationAllowed = true, IsAutoCreation = false, IsAutoUpdate = true, AutoLinking = AutoLinkingOption.Email };
    private const string OptionsJson = """{"isLinkingAllowed":true,"isCreationAllowed":true,"isAutoCreation":false,"isAutoUpdate":true,"autoLinking":"AUTO_LINKING_OPTION_EMAIL"}""";

    public static readonly byte[] AppleKey = Encoding.UTF8.GetBytes("-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----");
    public static readonly byte[] SamlMetadata = Encoding.UTF8.GetBytes("<md:EntityDescriptor entityID=\"https://saml.example.com\"/>");

    public static IReadOnlyList<ProviderSample> All { get; } =
    [
        new("ldap", "ldap", ProviderType.Ldap,
            c => c.AddLdapProviderAsync(new AddLdapProviderRequest
            {
                Name = "Corp LDAP", Servers = ["ldaps://ldap.example.com:636"], StartTls = false, BaseDn = "dc=example,dc=com",
                BindDn = "cn=admin,dc=example,dc=com", BindPassword = "ldap-bind-secret-1", UserBase = "uid", UserObjectClasses = ["inetOrgPerson"],
                UserFilters = ["uid", "mail"], Timeout = TimeSpan.FromSeconds(10), Attributes = new LdapAttributes { IdAttribute = "uid", EmailAttribute = "mail" },
                ProviderOptions = Options,
            }),
            $$"""{"name":"Corp LDAP","servers":["ldaps://ldap.example.com:636"],"startTls":false,"baseDn":"dc=example,dc=com","bindDn":"cn=admin,dc=example,dc=com","bindPassword":"ldap-bind-secret-1","userBase":"uid","userObjectClasses":["inetOrgPerson"],"userFilters":["uid","mail"],"timeout":"10s","attributes":{"idAttribute":"uid","emailAttribute":"mail"},"providerOptions":{{OptionsJson}}}""",
            (c, id) => c.UpdateLdapProviderAsync(id, new UpdateLdapProviderRequest { Name = "Corp LDAP 2", Servers = ["ldap://ldap2.example.com"], BaseDn = "dc=example,dc=org", BindDn = "cn=admin", UserBase = "cn", Timeout = TimeSpan.FromMilliseconds(1500) }),
            """{"name":"Corp LDAP 2","servers":["ldap://ldap2.example.com"],"baseDn":"dc=example,dc=org","bindDn":"cn=admin","userBase":"cn","timeout":"1.500s"}""",
            c => ((LdapProviderConfig)c).Ldap.BaseDn, "dc=example,dc=org"),
        new("google", "google", ProviderType.Google,
            c => c.AddGoogleProviderAsync(new AddGoogleProviderRequest { Name = "Google", ClientId = "g-client", ClientSecret = "g-secret-1", Scopes = ["openid", "email"], ProviderOptions = Options }),
            $$"""{"name":"Google","clientId":"g-client","clientSecret":"g-secret-1","scopes":["openid","email"],"providerOptions":{{OptionsJson}}}""",
            (c, id) => c.UpdateGoogleProviderAsync(id, new UpdateGoogleProviderRequest { Name = "Google 2", ClientId = "g-client-2" }),
            """{"name":"Google 2","clientId":"g-client-2"}""",
            c => ((GoogleProviderConfig)c).Google.ClientId, "g-client-2"),
        new("oauth", "oauth", ProviderType.OAuth,
            c => c.AddGenericOAuthProviderAsync(new AddGenericOAuthProviderRequest
            {
                Name = "OAuth", ClientId = "o-client", ClientSecret = "o-secret-1", AuthorizationEndpoint = "https://o.example.com/authorize",
                TokenEndpoint = "https://o.example.com/token", UserEndpoint = "https://o.example.com/user", Scopes = ["read"], IdAttribute = "id", UsePkce = true,
            }),
            """{"name":"OAuth","clientId":"o-client","clientSecret":"o-secret-1","authorizationEndpoint":"https://o.example.com/authorize","tokenEndpoint":"https://o.example.com/token","userEndpoint":"https://o.example.com/user","scopes":["read"],"idAttribute":"id","usePkce":true}""",
            (c, id) => c.UpdateGenericOAuthProviderAsync(id, new UpdateGenericOAuthProviderRequest { Name = "OAuth 2", ClientId = "o-client", AuthorizationEndpoint = "https://o2.example.com/authorize", TokenEndpoint = "https://o2.example.com/token", UserEndpoint = "https://o2.example.com/user", IdAttribute = "sub" }),
            """{"name":"OAuth 2","clientId":"o-client","authorizationEndpoint":"https://o2.example.com/authorize","tokenEndpoint":"https://o2.example.com/token","userEndpoint":"https://o2.example.com/user","idAttribute":"sub"}""",
            c => ((GenericOAuthProviderConfig)c).OAuth.IdAttribute, "sub"),
        new("generic_oidc", "oidc", ProviderType.Oidc,
            c => c.AddGenericOidcProviderAsync(new AddGenericOidcProviderRequest { Name = "OIDC", Issuer = "https://idp.example.com", ClientId = "oidc-client", ClientSecret = "oidc-secret-1", Scopes = ["openid", "profile"], IsIdTokenMapping = true, UsePkce = false, ProviderOptions = Options }),
            $$"""{"name":"OIDC","issuer":"https://idp.example.com","clientId":"oidc-client","clientSecret":"oidc-secret-1","scopes":["openid","profile"],"providerOptions":{{OptionsJson}},"isIdTokenMapping":true,"usePkce":false}""",
            (c, id) => c.UpdateGenericOidcProviderAsync(id, new UpdateGenericOidcProviderRequest { Name = "OIDC 2", Issuer = "https://idp2.example.com", ClientId = "oidc-client" }),
            """{"name":"OIDC 2","issuer":"https://idp2.example.com","clientId":"oidc-client"}""",
            c => ((GenericOidcProviderConfig)c).Oidc.Issuer, "https://idp2.example.com"),
        new("generic_jwt", "jwt", ProviderType.Jwt,
            c => c.AddJwtProviderAsync(new AddJwtProviderRequest { Name = "JWT", Issuer = "https://jwt.example.com", JwtEndpoint = "https://jwt.example.com/login", KeysEndpoint = "https://jwt.example.com/keys", HeaderName = "x-auth" }),
            """{"name":"JWT","issuer":"https://jwt.example.com","jwtEndpoint":"https://jwt.example.com/login","keysEndpoint":"https://jwt.example.com/keys","headerName":"x-auth"}""",
            (c, id) => c.UpdateJwtProviderAsync(id, new UpdateJwtProviderRequest { Name = "JWT 2", Issuer = "https://jwt2.example.com", JwtEndpoint = "https://jwt2.example.com/login", HeaderName = "x-auth-2" }),
            """{"name":"JWT 2","issuer":"https://jwt2.example.com","jwtEndpoint":"https://jwt2.example.com/login","headerName":"x-auth-2"}""",
            c => ((JwtProviderConfig)c).Jwt.HeaderName, "x-auth-2"),
        new("github", "github", ProviderType.GitHub,
            c => c.AddGitHubProviderAsync(new AddGitHubProviderRequest { Name = "GitHub", ClientId = "gh-client", ClientSecret = "gh-secret-1", Scopes = ["read:user"] }),
            """{"name":"GitHub","clientId":"gh-client","clientSecret":"gh-secret-1","scopes":["read:user"]}""",
            (c, id) => c.UpdateGitHubProviderAsync(id, new UpdateGitHubProviderRequest { ClientId = "gh-client-2" }),
            """{"clientId":"gh-client-2"}""",
            c => ((GitHubProviderConfig)c).GitHub.ClientId, "gh-client-2"),
        new("github_es", "githubEs", ProviderType.GitHubEs,
            c => c.AddGitHubEnterpriseServerProviderAsync(new AddGitHubEnterpriseServerProviderRequest { Name = "GHES", ClientId = "ghes-client", ClientSecret = "ghes-secret-1", AuthorizationEndpoint = "https://gh.example.com/a", TokenEndpoint = "https://gh.example.com/t", UserEndpoint = "https://gh.example.com/u" }),
            """{"clientId":"ghes-client","name":"GHES","clientSecret":"ghes-secret-1","authorizationEndpoint":"https://gh.example.com/a","tokenEndpoint":"https://gh.example.com/t","userEndpoint":"https://gh.example.com/u"}""",
            (c, id) => c.UpdateGitHubEnterpriseServerProviderAsync(id, new UpdateGitHubEnterpriseServerProviderRequest { Name = "GHES 2", ClientId = "ghes-client", AuthorizationEndpoint = "https://gh2.example.com/a", TokenEndpoint = "https://gh.example.com/t", UserEndpoint = "https://gh.example.com/u" }),
            """{"name":"GHES 2","clientId":"ghes-client","authorizationEndpoint":"https://gh2.example.com/a","tokenEndpoint":"https://gh.example.com/t","userEndpoint":"https://gh.example.com/u"}""",
            c => ((GitHubEnterpriseServerProviderConfig)c).GitHubEs.AuthorizationEndpoint, "https://gh2.example.com/a"),
        new("gitlab", "gitlab", ProviderType.GitLab,
            c => c.AddGitLabProviderAsync(new AddGitLabProviderRequest { Name = "GitLab", ClientId = "gl-client", ClientSecret = "gl-secret-1", Scopes = ["openid"] }),
            """{"name":"GitLab","clientId":"gl-client","clientSecret":"gl-secret-1","scopes":["openid"]}""",
            (c, id) => c.UpdateGitLabProviderAsync(id, new UpdateGitLabProviderRequest { Name = "GitLab 2", ClientId = "gl-client-2" }),
            """{"name":"GitLab 2","clientId":"gl-client-2"}""",
            c => ((GitLabProviderConfig)c).GitLab.ClientId, "gl-client-2"),
        new("gitlab_self_hosted", "gitlabSelfHosted", ProviderType.GitLabSelfHosted,
            c => c.AddGitLabSelfHostedProviderAsync(new AddGitLabSelfHostedProviderRequest { Issuer = "https://gitlab.example.com", Name = "GitLab SH", ClientId = "glsh-client", ClientSecret = "glsh-secret-1" }),
            """{"issuer":"https://gitlab.example.com","name":"GitLab SH","clientId":"glsh-client","clientSecret":"glsh-secret-1"}""",
            (c, id) => c.UpdateGitLabSelfHostedProviderAsync(id, new UpdateGitLabSelfHostedProviderRequest { Issuer = "https://gitlab2.example.com", Name = "GitLab SH 2", ClientId = "glsh-client" }),
            """{"issuer":"https://gitlab2.example.com","name":"GitLab SH 2","clientId":"glsh-client"}""",
            c => ((GitLabSelfHostedProviderConfig)c).GitLabSelfHosted.Issuer, "https://gitlab2.example.com"),
        new("azure", "azureAd", ProviderType.AzureAD,
            c => c.AddAzureADProviderAsync(new AddAzureADProviderRequest { Name = "Azure", ClientId = "az-client", ClientSecret = "az-secret-1", Tenant = AzureADTenant.FromType(AzureADTenantType.Organisations), EmailVerified = true, Scopes = ["openid", "User.Read"] }),
            """{"name":"Azure","clientId":"az-client","clientSecret":"az-secret-1","tenant":{"tenantType":"AZURE_AD_TENANT_TYPE_ORGANISATIONS"},"emailVerified":true,"scopes":["openid","User.Read"]}""",
            (c, id) => c.UpdateAzureADProviderAsync(id, new UpdateAzureADProviderRequest { Name = "Azure 2", ClientId = "az-client", Tenant = AzureADTenant.FromId("tenant-42") }),
            """{"name":"Azure 2","clientId":"az-client","tenant":{"tenantId":"tenant-42"}}""",
            c => ((AzureADProviderConfig)c).AzureAD.Tenant?.TenantId, "tenant-42"),
        new("apple", "apple", ProviderType.Apple,
            c => c.AddAppleProviderAsync(new AddAppleProviderRequest { Name = "Apple", ClientId = "com.example.app", TeamId = "ALT03JV3OS", KeyId = "OGKDK25KD0", PrivateKey = AppleKey, Scopes = ["name", "email"] }),
            $$"""{"name":"Apple","clientId":"com.example.app","teamId":"ALT03JV3OS","keyId":"OGKDK25KD0","privateKey":"{{Convert.ToBase64String(AppleKey)}}","scopes":["name","email"]}""",
            (c, id) => c.UpdateAppleProviderAsync(id, new UpdateAppleProviderRequest { Name = "Apple 2", ClientId = "com.example.app2", TeamId = "ALT03JV3OS", KeyId = "OGKDK25KD0" }),
            """{"name":"Apple 2","clientId":"com.example.app2","teamId":"ALT03JV3OS","keyId":"OGKDK25KD0"}""",
            c => ((AppleProviderConfig)c).Apple.ClientId, "com.example.app2"),
        new("saml", "saml", ProviderType.Saml,
            c => c.AddSamlProviderAsync(new AddSamlProviderRequest { Name = "SAML", MetadataXml = SamlMetadata, Binding = SamlBinding.Post, WithSignedRequest = true, NameIdFormat = SamlNameIdFormat.Persistent, SignatureAlgorithm = SamlSignatureAlgorithm.RsaSha256 }),
            $$"""{"name":"SAML","metadataXml":"{{Convert.ToBase64String(SamlMetadata)}}","binding":"SAML_BINDING_POST","withSignedRequest":true,"nameIdFormat":"SAML_NAME_ID_FORMAT_PERSISTENT","signatureAlgorithm":"SAML_SIGNATURE_RSA_SHA256"}""",
            (c, id) => c.UpdateSamlProviderAsync(id, new UpdateSamlProviderRequest { Name = "SAML 2", Binding = SamlBinding.Redirect }),
            """{"name":"SAML 2","binding":"SAML_BINDING_REDIRECT"}""",
            c => ((SamlProviderConfig)c).Saml.Binding?.Value, "SAML_BINDING_REDIRECT"),
    ];

    public static TheoryData<string> Slugs()
    {
        var data = new TheoryData<string>();
        foreach (var sample in All)
        {
            data.Add(sample.Slug);
        }

        return data;
    }

    public static ProviderSample Get(string slug) => All.Single(s => s.Slug == slug);
}
