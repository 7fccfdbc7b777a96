namespace IdentityProviders.Emulator.Zitadel;

// Written from zitadel.derived.openapi.json (the Add/Update request schemas and idp.v1 configs): which request fields
// each provider type takes, their limits, which of them the config returns and which are write-only secrets.
internal static class ZitadelProviderKinds
{
    public static readonly ZitadelProviderKind[] All =
    [
        new(
            "ldap",
            "ldap",
            "PROVIDER_TYPE_LDAP",
            "AddLDAPProviderRequest",
            "UpdateLDAPProviderRequest",
            [new("name", FieldKind.String, 1, 200, null), new("servers", FieldKind.StringArray, 0, 0, null), new("startTls", FieldKind.Bool, 0, 0, null), new("baseDn", FieldKind.String, 1, 200, null), new("bindDn", FieldKind.String, 1, 200, null), new("bindPassword", FieldKind.String, 1, 200, null), new("userBase", FieldKind.String, 1, 200, null), new("userObjectClasses", FieldKind.StringArray, 0, 0, null), new("userFilters", FieldKind.StringArray, 0, 0, null), new("timeout", FieldKind.Duration, 0, 0, null), new("attributes", FieldKind.Object, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("rootCa", FieldKind.Bytes, 0, 0, null)],
            [new("name", FieldKind.String, 1, 200, null), new("servers", FieldKind.StringArray, 0, 0, null), new("startTls", FieldKind.Bool, 0, 0, null), new("baseDn", FieldKind.String, 1, 200, null), new("bindDn", FieldKind.String, 1, 200, null), new("bindPassword", FieldKind.String, 0, 200, null), new("userBase", FieldKind.String, 1, 200, null), new("userObjectClasses", FieldKind.StringArray, 0, 0, null), new("userFilters", FieldKind.StringArray, 0, 0, null), new("timeout", FieldKind.Duration, 0, 0, null), new("attributes", FieldKind.Object, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("rootCa", FieldKind.Bytes, 0, 0, null)],
            ["servers", "startTls", "baseDn", "bindDn", "userBase", "userObjectClasses", "userFilters", "timeout", "attributes", "rootCa"],
            ["bindPassword"]),
        new(
            "google",
            "google",
            "PROVIDER_TYPE_GOOGLE",
            "AddGoogleProviderRequest",
            "UpdateGoogleProviderRequest",
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["clientId", "scopes"],
            ["clientSecret"]),
        new(
            "oauth",
            "oauth",
            "PROVIDER_TYPE_OAUTH",
            "AddGenericOAuthProviderRequest",
            "UpdateGenericOAuthProviderRequest",
            [new("name", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 1000, null), new("authorizationEndpoint", FieldKind.String, 1, 200, null), new("tokenEndpoint", FieldKind.String, 1, 200, null), new("userEndpoint", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("idAttribute", FieldKind.String, 1, 200, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("usePkce", FieldKind.Bool, 0, 0, null)],
            [new("name", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 1000, null), new("authorizationEndpoint", FieldKind.String, 1, 200, null), new("tokenEndpoint", FieldKind.String, 1, 200, null), new("userEndpoint", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("idAttribute", FieldKind.String, 1, 200, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("usePkce", FieldKind.Bool, 0, 0, null)],
            ["clientId", "authorizationEndpoint", "tokenEndpoint", "userEndpoint", "scopes", "idAttribute", "usePkce"],
            ["clientSecret"]),
        new(
            "generic_oidc",
            "oidc",
            "PROVIDER_TYPE_OIDC",
            "AddGenericOIDCProviderRequest",
            "UpdateGenericOIDCProviderRequest",
            [new("name", FieldKind.String, 1, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 1000, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("isIdTokenMapping", FieldKind.Bool, 0, 0, null), new("usePkce", FieldKind.Bool, 0, 0, null)],
            [new("name", FieldKind.String, 1, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 1000, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("isIdTokenMapping", FieldKind.Bool, 0, 0, null), new("usePkce", FieldKind.Bool, 0, 0, null)],
            ["issuer", "clientId", "scopes", "isIdTokenMapping", "usePkce"],
            ["clientSecret"]),
        new(
            "generic_jwt",
            "jwt",
            "PROVIDER_TYPE_JWT",
            "AddJWTProviderRequest",
            "UpdateJWTProviderRequest",
            [new("name", FieldKind.String, 1, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("jwtEndpoint", FieldKind.String, 1, 200, null), new("keysEndpoint", FieldKind.String, 1, 200, null), new("headerName", FieldKind.String, 1, 200, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("name", FieldKind.String, 1, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("jwtEndpoint", FieldKind.String, 1, 200, null), new("keysEndpoint", FieldKind.String, 0, 200, null), new("headerName", FieldKind.String, 1, 200, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["jwtEndpoint", "issuer", "keysEndpoint", "headerName"],
            []),
        new(
            "github",
            "github",
            "PROVIDER_TYPE_GITHUB",
            "AddGitHubProviderRequest",
            "UpdateGitHubProviderRequest",
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["clientId", "scopes"],
            ["clientSecret"]),
        new(
            "github_es",
            "githubEs",
            "PROVIDER_TYPE_GITHUB_ES",
            "AddGitHubEnterpriseServerProviderRequest",
            "UpdateGitHubEnterpriseServerProviderRequest",
            [new("clientId", FieldKind.String, 1, 200, null), new("name", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 200, null), new("authorizationEndpoint", FieldKind.String, 1, 200, null), new("tokenEndpoint", FieldKind.String, 1, 200, null), new("userEndpoint", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("name", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 200, null), new("authorizationEndpoint", FieldKind.String, 1, 200, null), new("tokenEndpoint", FieldKind.String, 1, 200, null), new("userEndpoint", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["clientId", "authorizationEndpoint", "tokenEndpoint", "userEndpoint", "scopes"],
            ["clientSecret"]),
        new(
            "gitlab",
            "gitlab",
            "PROVIDER_TYPE_GITLAB",
            "AddGitLabProviderRequest",
            "UpdateGitLabProviderRequest",
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["clientId", "scopes"],
            ["clientSecret"]),
        new(
            "gitlab_self_hosted",
            "gitlabSelfHosted",
            "PROVIDER_TYPE_GITLAB_SELF_HOSTED",
            "AddGitLabSelfHostedProviderRequest",
            "UpdateGitLabSelfHostedProviderRequest",
            [new("issuer", FieldKind.String, 1, 200, null), new("name", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("issuer", FieldKind.String, 1, 200, null), new("name", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["issuer", "clientId", "scopes"],
            ["clientSecret"]),
        new(
            "azure",
            "azureAd",
            "PROVIDER_TYPE_AZURE_AD",
            "AddAzureADProviderRequest",
            "UpdateAzureADProviderRequest",
            [new("name", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 200, null), new("tenant", FieldKind.Object, 0, 0, null), new("emailVerified", FieldKind.Bool, 0, 0, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("name", FieldKind.String, 1, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 200, null), new("tenant", FieldKind.Object, 0, 0, null), new("emailVerified", FieldKind.Bool, 0, 0, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["clientId", "tenant", "emailVerified", "scopes"],
            ["clientSecret"]),
        new(
            "apple",
            "apple",
            "PROVIDER_TYPE_APPLE",
            "AddAppleProviderRequest",
            "UpdateAppleProviderRequest",
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("teamId", FieldKind.String, 10, 10, null), new("keyId", FieldKind.String, 10, 10, null), new("privateKey", FieldKind.Bytes, 1, 5000, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            [new("name", FieldKind.String, 0, 200, null), new("clientId", FieldKind.String, 1, 200, null), new("teamId", FieldKind.String, 10, 10, null), new("keyId", FieldKind.String, 10, 10, null), new("privateKey", FieldKind.Bytes, 0, 5000, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null)],
            ["clientId", "teamId", "keyId", "scopes"],
            ["privateKey"]),
        new(
            "saml",
            "saml",
            "PROVIDER_TYPE_SAML",
            "AddSAMLProviderRequest",
            "UpdateSAMLProviderRequest",
            [new("name", FieldKind.String, 1, 200, null), new("metadataXml", FieldKind.Bytes, 0, 0, null), new("metadataUrl", FieldKind.String, 0, 0, null), new("binding", FieldKind.Enum, 0, 0, ZitadelEnums.SAMLBinding), new("withSignedRequest", FieldKind.Bool, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("nameIdFormat", FieldKind.Enum, 0, 0, ZitadelEnums.SAMLNameIDFormat), new("transientMappingAttributeName", FieldKind.String, 0, 0, null), new("federatedLogoutEnabled", FieldKind.Bool, 0, 0, null), new("signatureAlgorithm", FieldKind.Enum, 0, 0, ZitadelEnums.SAMLSignatureAlgorithm)],
            [new("name", FieldKind.String, 1, 200, null), new("metadataXml", FieldKind.Bytes, 0, 0, null), new("metadataUrl", FieldKind.String, 0, 0, null), new("binding", FieldKind.Enum, 0, 0, ZitadelEnums.SAMLBinding), new("withSignedRequest", FieldKind.Bool, 0, 0, null), new("providerOptions", FieldKind.Object, 0, 0, null), new("nameIdFormat", FieldKind.Enum, 0, 0, ZitadelEnums.SAMLNameIDFormat), new("transientMappingAttributeName", FieldKind.String, 0, 0, null), new("federatedLogoutEnabled", FieldKind.Bool, 0, 0, null), new("signatureAlgorithm", FieldKind.Enum, 0, 0, ZitadelEnums.SAMLSignatureAlgorithm)],
            ["metadataXml", "binding", "withSignedRequest", "nameIdFormat", "transientMappingAttributeName", "federatedLogoutEnabled", "signatureAlgorithm"],
            ["metadataUrl"]),
    ];

    public static readonly FieldRule[] AddOidcIdp = [new("name", FieldKind.String, 1, 200, null), new("stylingType", FieldKind.Enum, 0, 0, ZitadelEnums.IDPStylingType), new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 1, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("displayNameMapping", FieldKind.Enum, 0, 0, ZitadelEnums.OIDCMappingField), new("usernameMapping", FieldKind.Enum, 0, 0, ZitadelEnums.OIDCMappingField), new("autoRegister", FieldKind.Bool, 0, 0, null)];
    public static readonly FieldRule[] AddJwtIdp = [new("name", FieldKind.String, 1, 200, null), new("stylingType", FieldKind.Enum, 0, 0, ZitadelEnums.IDPStylingType), new("jwtEndpoint", FieldKind.String, 1, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("keysEndpoint", FieldKind.String, 1, 200, null), new("headerName", FieldKind.String, 1, 200, null), new("autoRegister", FieldKind.Bool, 0, 0, null)];
    public static readonly FieldRule[] UpdateIdp = [new("name", FieldKind.String, 1, 200, null), new("stylingType", FieldKind.Enum, 0, 0, ZitadelEnums.IDPStylingType), new("autoRegister", FieldKind.Bool, 0, 0, null)];
    public static readonly FieldRule[] UpdateIdpOidcConfig = [new("clientId", FieldKind.String, 1, 200, null), new("clientSecret", FieldKind.String, 0, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("scopes", FieldKind.StringArray, 0, 0, null), new("displayNameMapping", FieldKind.Enum, 0, 0, ZitadelEnums.OIDCMappingField), new("usernameMapping", FieldKind.Enum, 0, 0, ZitadelEnums.OIDCMappingField)];
    public static readonly FieldRule[] UpdateIdpJwtConfig = [new("jwtEndpoint", FieldKind.String, 1, 200, null), new("issuer", FieldKind.String, 1, 200, null), new("keysEndpoint", FieldKind.String, 1, 200, null), new("headerName", FieldKind.String, 1, 200, null)];
    public static readonly FieldRule[] ListQuery = [new("offset", FieldKind.UInt64, 0, 0, null), new("limit", FieldKind.Integer, 0, 0, null), new("asc", FieldKind.Bool, 0, 0, null)];
    public static readonly FieldRule[] Options = [new("isLinkingAllowed", FieldKind.Bool, 0, 0, null), new("isCreationAllowed", FieldKind.Bool, 0, 0, null), new("isAutoCreation", FieldKind.Bool, 0, 0, null), new("isAutoUpdate", FieldKind.Bool, 0, 0, null), new("autoLinking", FieldKind.Enum, 0, 0, ZitadelEnums.AutoLinkingOption)];
    public static readonly FieldRule[] LdapAttributes = [new("idAttribute", FieldKind.String, 0, 200, null), new("firstNameAttribute", FieldKind.String, 0, 200, null), new("lastNameAttribute", FieldKind.String, 0, 200, null), new("displayNameAttribute", FieldKind.String, 0, 200, null), new("nickNameAttribute", FieldKind.String, 0, 200, null), new("preferredUsernameAttribute", FieldKind.String, 0, 200, null), new("emailAttribute", FieldKind.String, 0, 200, null), new("emailVerifiedAttribute", FieldKind.String, 0, 200, null), new("phoneAttribute", FieldKind.String, 0, 200, null), new("phoneVerifiedAttribute", FieldKind.String, 0, 200, null), new("preferredLanguageAttribute", FieldKind.String, 0, 200, null), new("avatarUrlAttribute", FieldKind.String, 0, 200, null), new("profileAttribute", FieldKind.String, 0, 200, null)];
    public static readonly FieldRule[] AzureTenant = [new("tenantType", FieldKind.Enum, 0, 0, ZitadelEnums.AzureADTenantType), new("tenantId", FieldKind.String, 0, 0, null)];
    public static readonly FieldRule[] IdIdQuery = [new("id", FieldKind.String, 0, 200, null)];
    public static readonly FieldRule[] NameQuery = [new("name", FieldKind.String, 0, 200, null), new("method", FieldKind.Enum, 0, 0, ZitadelEnums.TextQueryMethod)];
    public static readonly FieldRule[] OwnerTypeQuery = [new("ownerType", FieldKind.Enum, 0, 0, ZitadelEnums.IDPOwnerType)];
}

/// <summary>The enum value names of the spec (protojson accepts names).</summary>
internal static class ZitadelEnums
{
    public static readonly string[] AutoLinkingOption = ["AUTO_LINKING_OPTION_UNSPECIFIED", "AUTO_LINKING_OPTION_USERNAME", "AUTO_LINKING_OPTION_EMAIL"];
    public static readonly string[] AzureADTenantType = ["AZURE_AD_TENANT_TYPE_COMMON", "AZURE_AD_TENANT_TYPE_ORGANISATIONS", "AZURE_AD_TENANT_TYPE_CONSUMERS"];
    public static readonly string[] IDPFieldName = ["IDP_FIELD_NAME_UNSPECIFIED", "IDP_FIELD_NAME_NAME"];
    public static readonly string[] IDPOwnerType = ["IDP_OWNER_TYPE_UNSPECIFIED", "IDP_OWNER_TYPE_SYSTEM", "IDP_OWNER_TYPE_ORG"];
    public static readonly string[] IDPState = ["IDP_STATE_UNSPECIFIED", "IDP_STATE_ACTIVE", "IDP_STATE_INACTIVE"];
    public static readonly string[] IDPStylingType = ["STYLING_TYPE_UNSPECIFIED", "STYLING_TYPE_GOOGLE"];
    public static readonly string[] OIDCMappingField = ["OIDC_MAPPING_FIELD_UNSPECIFIED", "OIDC_MAPPING_FIELD_PREFERRED_USERNAME", "OIDC_MAPPING_FIELD_EMAIL"];
    public static readonly string[] ProviderType = ["PROVIDER_TYPE_UNSPECIFIED", "PROVIDER_TYPE_OIDC", "PROVIDER_TYPE_JWT", "PROVIDER_TYPE_LDAP", "PROVIDER_TYPE_OAUTH", "PROVIDER_TYPE_AZURE_AD", "PROVIDER_TYPE_GITHUB", "PROVIDER_TYPE_GITHUB_ES", "PROVIDER_TYPE_GITLAB", "PROVIDER_TYPE_GITLAB_SELF_HOSTED", "PROVIDER_TYPE_GOOGLE", "PROVIDER_TYPE_APPLE", "PROVIDER_TYPE_SAML"];
    public static readonly string[] SAMLBinding = ["SAML_BINDING_UNSPECIFIED", "SAML_BINDING_POST", "SAML_BINDING_REDIRECT", "SAML_BINDING_ARTIFACT"];
    public static readonly string[] SAMLNameIDFormat = ["SAML_NAME_ID_FORMAT_UNSPECIFIED", "SAML_NAME_ID_FORMAT_EMAIL_ADDRESS", "SAML_NAME_ID_FORMAT_PERSISTENT", "SAML_NAME_ID_FORMAT_TRANSIENT"];
    public static readonly string[] SAMLSignatureAlgorithm = ["SAML_SIGNATURE_UNSPECIFIED", "SAML_SIGNATURE_RSA_SHA1", "SAML_SIGNATURE_RSA_SHA256", "SAML_SIGNATURE_RSA_SHA512"];
    public static readonly string[] TextQueryMethod = ["TEXT_QUERY_METHOD_EQUALS", "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE", "TEXT_QUERY_METHOD_STARTS_WITH", "TEXT_QUERY_METHOD_STARTS_WITH_IGNORE_CASE", "TEXT_QUERY_METHOD_CONTAINS", "TEXT_QUERY_METHOD_CONTAINS_IGNORE_CASE", "TEXT_QUERY_METHOD_ENDS_WITH", "TEXT_QUERY_METHOD_ENDS_WITH_IGNORE_CASE"];
}
