using System.Globalization;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>One stored identity provider; secrets are kept but never written out.</summary>
internal sealed class ZitadelProvider
{
    public required string Id { get; init; }

    /// <summary><see langword="null"/> for the instance, else the owning organization.</summary>
    public required string? OrgId { get; init; }

    public required ZitadelProviderKind Kind { get; set; }

    public required string Name { get; set; }

    public string State { get; set; } = "IDP_STATE_ACTIVE";

    /// <summary>The variant's config fields, by JSON name.</summary>
    public required JsonObject Config { get; set; }

    public JsonObject Options { get; set; } = [];

    /// <summary>Write-only fields (client secret, bind password, private key, metadata URL), by JSON name.</summary>
    public Dictionary<string, string> Secrets { get; } = new(StringComparer.Ordinal);

    public required ulong CreationSequence { get; init; }

    public required ulong Sequence { get; set; }

    public required DateTimeOffset CreationDate { get; init; }

    public required DateTimeOffset ChangeDate { get; set; }

    /// <summary>Created with the deprecated API: only these appear in the legacy list (the templates ones do not).</summary>
    public bool Legacy { get; init; }

    public string StylingType { get; set; } = "STYLING_TYPE_UNSPECIFIED";

    public bool AutoRegister { get; set; }

    public string DisplayNameMapping { get; set; } = "OIDC_MAPPING_FIELD_UNSPECIFIED";

    public string UsernameMapping { get; set; } = "OIDC_MAPPING_FIELD_UNSPECIFIED";

    public string ResourceOwner => OrgId ?? ZitadelConstants.InstanceId;

    public string OwnerType => OrgId is null ? "IDP_OWNER_TYPE_SYSTEM" : "IDP_OWNER_TYPE_ORG";

    public JsonObject Details() => DetailsOf(Sequence, CreationDate, ChangeDate, ResourceOwner);

    public static JsonObject DetailsOf(ulong sequence, DateTimeOffset creation, DateTimeOffset change, string resourceOwner) => new()
    {
        ["sequence"] = sequence.ToString(CultureInfo.InvariantCulture),
        ["creationDate"] = Timestamp(creation),
        ["changeDate"] = Timestamp(change),
        ["resourceOwner"] = resourceOwner,
    };

    /// <summary>protojson writes timestamps in UTC with 0, 3, 6 or 9 fractional digits.</summary>
    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The templates API view (<c>idp.v1.Provider</c>).</summary>
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["details"] = Details(),
        ["state"] = State,
        ["name"] = Name,
        ["owner"] = OwnerType,
        ["type"] = Kind.ProviderType,
        ["config"] = new JsonObject
        {
            ["options"] = Options.DeepClone(),
            [Kind.Key] = Config.DeepClone(),
        },
    };

    /// <summary>The deprecated API view (<c>idp.v1.IDP</c>): OIDC or JWT config only.</summary>
    public JsonObject ToLegacyJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["details"] = Details(),
            ["state"] = State,
            ["name"] = Name,
            ["stylingType"] = StylingType,
            ["owner"] = OwnerType,
        };
        if (Kind.Key == "jwt")
        {
            json["jwtConfig"] = new JsonObject
            {
                ["jwtEndpoint"] = Config["jwtEndpoint"]?.DeepClone(),
                ["issuer"] = Config["issuer"]?.DeepClone(),
                ["keysEndpoint"] = Config["keysEndpoint"]?.DeepClone(),
                ["headerName"] = Config["headerName"]?.DeepClone(),
            };
        }
        else
        {
            json["oidcConfig"] = new JsonObject
            {
                ["clientId"] = Config["clientId"]?.DeepClone(),
                ["issuer"] = Config["issuer"]?.DeepClone(),
                ["scopes"] = Config["scopes"]?.DeepClone() ?? new JsonArray(),
                ["displayNameMapping"] = DisplayNameMapping,
                ["usernameMapping"] = UsernameMapping,
            };
        }

        json["autoRegister"] = AutoRegister;
        return json;
    }
}
