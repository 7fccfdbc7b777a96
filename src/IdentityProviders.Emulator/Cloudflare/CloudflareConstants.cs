namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>Cloudflare wire constants: limits, codes and enum values from the spec and the current reference.</summary>
internal static class CloudflareConstants
{
    public const string RoutePrefix = "/cloudflare/client/v4";

    /// <summary><c>access_identifier</c> (account and zone ids): at most 32 characters.</summary>
    public const int MaxIdentifierLength = 32;

    /// <summary><c>access_uuid</c> (identity provider ids): at most 36 characters.</summary>
    public const int MaxUuidLength = 36;

    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 1000;

    /// <summary>What Cloudflare shows instead of a stored client secret.</summary>
    public const string MaskedSecret = "**********";

    // Codes as Cloudflare's V4 API uses them.
    public const int CodeMalformedJson = 6007;
    public const int CodeNoRoute = 7000;
    public const int CodeMethodNotAllowed = 7001;
    public const int CodeNotFound = 7003;
    public const int CodeUnknownApiKey = 9103;
    public const int CodeMissingCredentials = 9106;
    public const int CodeInvalidToken = 9109;
    public const int CodeAuthenticationError = 10000;
    public const int CodeInternalError = 10001;
    public const int CodeInvalidRequest = 12130;

    public const string InvalidRequestPrefix = "access.api.error.invalid_request: ";

    public static readonly string[] Types =
    [
        "onetimepin", "azureAD", "saml", "centrify", "facebook", "github", "google-apps", "google", "linkedin", "oidc", "okta", "onelogin", "pingone", "yandex",
    ];

    public static readonly string[] AzurePrompts = ["login", "select_account", "none"];

    public static readonly string[] IdentityUpdateBehaviors = ["automatic", "reauth", "no_action"];
}
