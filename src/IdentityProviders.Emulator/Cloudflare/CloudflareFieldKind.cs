namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>The JSON shape a config or SCIM field must have.</summary>
internal enum CloudflareFieldKind
{
    String,
    Boolean,
    StringArray,
    HeaderAttributes,
    AzurePrompt,
    IdentityUpdateBehavior,
}
