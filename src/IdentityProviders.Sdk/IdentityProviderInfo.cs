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

    /// <summary>The OAuth/OIDC authorization endpoint, when the vendor stores it.</summary>
    public string? AuthorizationEndpoint { get; init; }

    /// <summary>The OAuth/OIDC token endpoint, when the vendor stores it.</summary>
    public string? TokenEndpoint { get; init; }

    /// <summary>The OIDC user-info endpoint, when the vendor stores it.</summary>
    public string? UserInfoEndpoint { get; init; }

    /// <summary>The JSON Web Key Set URL, when the vendor stores it.</summary>
    public string? JwksUri { get; init; }

    /// <summary>The scopes requested from the upstream provider, when the vendor stores them.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Whether PKCE is enforced; <see langword="null"/> when the vendor does not say (or has no such setting).</summary>
    public bool? PkceEnabled { get; init; }

    /// <summary>
    /// Whether a client secret is configured; <see langword="null"/> when the vendor does not reveal it. The secret
    /// itself is never part of the normalized record.
    /// </summary>
    public bool? ClientSecretSet { get; init; }

    /// <summary>Every endpoint URL the provider is configured with (issuer, OAuth endpoints, LDAP servers, SAML URLs, SCIM base), for audits.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

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

    /// <summary>Collects the non-empty values of <paramref name="urls"/>, without duplicates, in order: for <see cref="Endpoints"/>.</summary>
    /// <param name="urls">Candidate URLs; null and blank values are skipped.</param>
    /// <returns>The URLs.</returns>
    public static IReadOnlyList<string> CollectEndpoints(params IEnumerable<string?> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        List<string>? result = null;
        foreach (var url in urls)
        {
            if (!string.IsNullOrWhiteSpace(url) && !(result?.Contains(url, StringComparer.Ordinal) ?? false))
            {
                (result ??= []).Add(url);
            }
        }

        return result ?? (IReadOnlyList<string>)[];
    }

    /// <summary>A one-line description that contains no secrets.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Vendor}/{Id} {Name} ({Protocol}, {Type})";
}
