using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IdentityProviders.Sdk;

/// <summary>An identity provider normalized across vendors, with the vendor's full typed model attached.</summary>
public sealed record IdentityProviderInfo
{
    private readonly JsonTypeInfo? _vendorModelTypeInfo;

    /// <summary>Creates a normalized record.</summary>
    /// <param name="vendor">The vendor that holds the provider (see <see cref="IdentityProviderVendor"/>).</param>
    /// <param name="id">The vendor's identifier for the provider.</param>
    /// <param name="name">The display name.</param>
    /// <param name="vendorModel">The vendor's typed model of the provider.</param>
    /// <param name="vendorModelTypeInfo">Source-generated metadata used to render <paramref name="vendorModel"/> as JSON.</param>
    public IdentityProviderInfo(string vendor, string id, string name, object vendorModel, JsonTypeInfo? vendorModelTypeInfo = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(vendor);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(vendorModel);
        Vendor = vendor;
        Id = id;
        Name = name ?? string.Empty;
        VendorModel = vendorModel;
        _vendorModelTypeInfo = vendorModelTypeInfo;
    }

    /// <summary>The vendor that holds the provider, e.g. <c>keycard</c>.</summary>
    public string Vendor { get; }

    /// <summary>The vendor's identifier for the provider.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The protocol family.</summary>
    public ProtocolFamily Protocol { get; init; } = ProtocolFamily.Other;

    /// <summary>The vendor's own type string (e.g. <c>external</c>, <c>azureAD</c>, <c>PROVIDER_TYPE_OIDC</c>).</summary>
    public string? Type { get; init; }

    /// <summary>The issuer or discovery URL, when the provider has one.</summary>
    public string? Issuer { get; init; }

    /// <summary>The OAuth/OIDC client identifier registered at the upstream provider, when any.</summary>
    public string? ClientId { get; init; }

    /// <summary>Whether the provider is enabled, when the vendor tracks it.</summary>
    public bool? Enabled { get; init; }

    /// <summary>The vendor's state string (e.g. <c>IDP_STATE_ACTIVE</c>), when it has one.</summary>
    public string? State { get; init; }

    /// <summary>When the provider was created, when known.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the provider was last updated, when known.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The vendor's full typed model (e.g. <c>Keycard.Sdk.Models.Provider</c>).</summary>
    public object VendorModel { get; }

    /// <summary>
    /// Renders the vendor model as the vendor's JSON. Secret values are not redacted here (responses rarely carry
    /// them); pass the result through <see cref="Json.SecretRedactor.Redact(JsonElement)"/> before displaying it.
    /// </summary>
    /// <returns>The vendor JSON, or an empty object when the vendor supplied no metadata.</returns>
    public JsonElement GetVendorJson() =>
        _vendorModelTypeInfo is null
            ? JsonDocument.Parse("{}").RootElement.Clone()
            : JsonSerializer.SerializeToElement(VendorModel, _vendorModelTypeInfo);

    /// <summary>A one-line description that contains no secrets.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Vendor}/{Id} {Name} ({Protocol}, {Type})";
}
