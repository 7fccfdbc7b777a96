using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>A validated create or update body: name, type, config (documented fields only) and the writable SCIM settings.</summary>
internal sealed record CloudflareProviderInput(string Name, string Type, JsonObject Config, JsonObject? Scim);
