namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>
/// The documented <c>config</c> fields of each identity provider type (spec schemas <c>access_*</c> plus the current
/// reference), and the writable <c>scim_config</c> fields. A field that does not belong to the type is rejected, so
/// a client that sends another variant's fields is caught.
/// </summary>
internal static class CloudflareConfigSchema
{
    private static readonly Dictionary<string, CloudflareFieldKind> OAuth = new(StringComparer.Ordinal)
    {
        ["client_id"] = CloudflareFieldKind.String,
        ["client_secret"] = CloudflareFieldKind.String,
    };

    private static readonly Dictionary<string, CloudflareFieldKind> Claims = new(StringComparer.Ordinal)
    {
        ["claims"] = CloudflareFieldKind.StringArray,
        ["email_claim_name"] = CloudflareFieldKind.String,
    };

    private static readonly Dictionary<string, IReadOnlyDictionary<string, CloudflareFieldKind>> ByType = new(StringComparer.Ordinal)
    {
        ["azureAD"] = Merge(OAuth, Claims, new()
        {
            ["conditional_access_enabled"] = CloudflareFieldKind.Boolean,
            ["directory_id"] = CloudflareFieldKind.String,
            ["prompt"] = CloudflareFieldKind.AzurePrompt,
            ["support_groups"] = CloudflareFieldKind.Boolean,
        }),
        ["centrify"] = Merge(OAuth, Claims, new()
        {
            ["centrify_account"] = CloudflareFieldKind.String,
            ["centrify_app_id"] = CloudflareFieldKind.String,
        }),
        ["facebook"] = Merge(OAuth),
        ["github"] = Merge(OAuth),
        ["google"] = Merge(OAuth, Claims),
        ["google-apps"] = Merge(OAuth, Claims, new() { ["apps_domain"] = CloudflareFieldKind.String }),
        ["linkedin"] = Merge(OAuth),
        ["oidc"] = Merge(OAuth, Claims, new()
        {
            ["auth_url"] = CloudflareFieldKind.String,
            ["certs_url"] = CloudflareFieldKind.String,
            ["pkce_enabled"] = CloudflareFieldKind.Boolean,
            ["scopes"] = CloudflareFieldKind.StringArray,
            ["token_url"] = CloudflareFieldKind.String,
        }),
        ["okta"] = Merge(OAuth, Claims, new()
        {
            ["authorization_server_id"] = CloudflareFieldKind.String,
            ["okta_account"] = CloudflareFieldKind.String,
        }),
        ["onelogin"] = Merge(OAuth, Claims, new() { ["onelogin_account"] = CloudflareFieldKind.String }),
        ["pingone"] = Merge(OAuth, Claims, new() { ["ping_env_id"] = CloudflareFieldKind.String }),
        ["saml"] = Merge(new Dictionary<string, CloudflareFieldKind>(StringComparer.Ordinal)
        {
            ["attributes"] = CloudflareFieldKind.StringArray,
            ["email_attribute_name"] = CloudflareFieldKind.String,
            ["header_attributes"] = CloudflareFieldKind.HeaderAttributes,
            ["idp_public_certs"] = CloudflareFieldKind.StringArray,
            ["issuer_url"] = CloudflareFieldKind.String,
            ["sign_request"] = CloudflareFieldKind.Boolean,
            ["sso_target_url"] = CloudflareFieldKind.String,
        }),
        ["yandex"] = Merge(OAuth),
        ["onetimepin"] = Merge(),
    };

    /// <summary>The writable <c>scim_config</c> fields; <c>scim_base_url</c> and <c>secret</c> are set by the server.</summary>
    public static readonly IReadOnlyDictionary<string, CloudflareFieldKind> ScimWritable = new Dictionary<string, CloudflareFieldKind>(StringComparer.Ordinal)
    {
        ["enabled"] = CloudflareFieldKind.Boolean,
        ["group_member_deprovision"] = CloudflareFieldKind.Boolean,
        ["identity_update_behavior"] = CloudflareFieldKind.IdentityUpdateBehavior,
        ["seat_deprovision"] = CloudflareFieldKind.Boolean,
        ["user_deprovision"] = CloudflareFieldKind.Boolean,
    };

    /// <summary>The <c>scim_config</c> fields the server sets; accepted in requests (a fetched provider sent back) and ignored.</summary>
    public static readonly IReadOnlySet<string> ScimReadOnly = new HashSet<string>(StringComparer.Ordinal) { "scim_base_url", "secret" };

    public static IReadOnlyDictionary<string, CloudflareFieldKind>? ConfigFields(string type) => ByType.GetValueOrDefault(type);

    private static Dictionary<string, CloudflareFieldKind> Merge(params Dictionary<string, CloudflareFieldKind>[] parts)
    {
        var merged = new Dictionary<string, CloudflareFieldKind>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (name, kind) in part)
            {
                merged[name] = kind;
            }
        }

        return merged;
    }
}
