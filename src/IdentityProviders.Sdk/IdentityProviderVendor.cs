namespace IdentityProviders.Sdk;

/// <summary>The vendor names this SDK family uses in <see cref="IdentityProviderInfo.Vendor"/>, errors and logs.</summary>
public static class IdentityProviderVendor
{
    /// <summary>Keycard.</summary>
    public const string Keycard = "keycard";

    /// <summary>Cloudflare Zero Trust Access.</summary>
    public const string Cloudflare = "cloudflare";

    /// <summary>Zitadel.</summary>
    public const string Zitadel = "zitadel";

    /// <summary>Waldur.</summary>
    public const string Waldur = "waldur";
}
