namespace IdentityProviders.Emulator.Zitadel;

/// <summary>One provider type of the templates API: its URL slug, config key, type enum and request rules.</summary>
/// <param name="Slug">The path segment of add/update, e.g. <c>generic_oidc</c>.</param>
/// <param name="Key">The key of its variant in <c>config</c>, e.g. <c>oidc</c>.</param>
/// <param name="ProviderType">The <c>PROVIDER_TYPE_*</c> value.</param>
/// <param name="AddMessage">The proto message name of the add request (for validation messages).</param>
/// <param name="UpdateMessage">The proto message name of the update request.</param>
/// <param name="AddFields">The add request's fields.</param>
/// <param name="UpdateFields">The update request's fields.</param>
/// <param name="ConfigFields">The request fields the config returns.</param>
/// <param name="WriteOnlyFields">The request fields never returned (secrets, and SAML's metadata URL).</param>
internal sealed record ZitadelProviderKind(
    string Slug,
    string Key,
    string ProviderType,
    string AddMessage,
    string UpdateMessage,
    FieldRule[] AddFields,
    FieldRule[] UpdateFields,
    string[] ConfigFields,
    string[] WriteOnlyFields)
{
    public static ZitadelProviderKind? BySlug(string slug) => Array.Find(ZitadelProviderKinds.All, k => k.Slug == slug);

    public static ZitadelProviderKind ByKey(string key) => Array.Find(ZitadelProviderKinds.All, k => k.Key == key)!;
}

/// <summary>A request field: its JSON kind and, for strings and bytes, the length limits (0 = none).</summary>
internal sealed record FieldRule(string Name, FieldKind Kind, int Min, int Max, string[]? EnumValues);

/// <summary>The JSON kinds the proto-derived requests use.</summary>
internal enum FieldKind
{
    String,
    Bool,
    StringArray,
    Bytes,
    Duration,
    UInt64,
    Integer,
    Object,
    Enum,
}
