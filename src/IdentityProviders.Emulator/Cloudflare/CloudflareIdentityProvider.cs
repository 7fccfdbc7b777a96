using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>
/// A stored identity provider. The JSON objects are never mutated after the record is stored (renders clone them),
/// so a record read under the store's lock stays consistent afterwards.
/// </summary>
internal sealed record CloudflareIdentityProvider
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    /// <summary>The config as stored, client secret in clear.</summary>
    public required JsonObject Config { get; init; }

    /// <summary>The writable SCIM settings, or <see langword="null"/> when none were ever given.</summary>
    public JsonObject? Scim { get; init; }

    /// <summary>The SCIM token, generated when SCIM is first enabled.</summary>
    public string? ScimSecret { get; init; }

    public bool ScimEnabled => CloudflareProviderReader.IsTrue(Scim, "enabled");

    /// <summary>Renders the wire object; the client secret is masked, and the SCIM secret shown only when asked (the response that generated it).</summary>
    public JsonObject ToJson(string scimBaseUrl, bool revealScimSecret = false)
    {
        var config = (JsonObject)Config.DeepClone();
        if (config.ContainsKey("client_secret"))
        {
            config["client_secret"] = CloudflareConstants.MaskedSecret;
        }

        var json = new JsonObject
        {
            ["id"] = Id,
            ["name"] = Name,
            ["type"] = Type,
            ["config"] = config,
        };
        if (Scim is not null)
        {
            var scim = (JsonObject)Scim.DeepClone();
            scim["scim_base_url"] = scimBaseUrl;
            if (revealScimSecret && ScimSecret is not null)
            {
                scim["secret"] = ScimSecret;
            }

            json["scim_config"] = scim;
        }

        return json;
    }
}
