namespace IdentityProviders.Emulator.Keycard;

/// <summary>Keycard wire constants: limits and enum values from the spec and the current reference.</summary>
internal static class KeycardConstants
{
    public const string RoutePrefix = "/keycard";
    public const string OrganizationId = "org_emulator";

    public const string OwnerPlatform = "platform";
    public const string OwnerCustomer = "customer";

    public const string TypeExternal = "external";
    public const string TypeVault = "keycard-vault";
    public const string TypeSts = "keycard-sts";

    public const int DefaultLimit = 100;
    public const int MaxLimit = 100;
    public const int MaxCursorLength = 255;
    public const int MaxNameLength = 255;
    public const int MaxIdentifierLength = 2048;
    public const int MaxDescriptionLength = 2048;
    public const int MaxSlugLength = 63;
    public const string SlugPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    public const string ExpandTotalCount = "total_count";

    public const string ProviderTypeList = TypeExternal + ", " + TypeVault + ", " + TypeSts;

    public static bool IsProviderType(string value) => value is TypeExternal or TypeVault or TypeSts;
}
