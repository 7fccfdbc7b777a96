using System.Text;
using IdentityProviders.Sdk;
using Waldur.Sdk.Json;
using Waldur.Sdk.Models;

namespace Waldur.Sdk;

/// <summary>A Waldur deployment seen through the cross-vendor <see cref="IIdentityProviderClient"/>.</summary>
internal sealed class WaldurIdentityProviderClient(IdentityProvidersClient identityProviders) : IIdentityProviderClient
{
    /// <summary>The suffix of an OIDC discovery URL; the issuer is what precedes it.</summary>
    internal const string DiscoverySuffix = "/.well-known/openid-configuration";

    /// <summary>The longest provider key Waldur accepts.</summary>
    internal const int MaxProviderKeyLength = 32;

    private static readonly IdentityProviderCapabilities WaldurCapabilities = new()
    {
        CanCreateOidc = true,
        CanDelete = true,
        SupportsPkce = true,
        TracksEnabled = true,
        // Waldur stores a discovery URL (derived from the issuer) and requires the client secret on create.
        RequiredOidcFields = [nameof(OidcProviderDefinition.Issuer), nameof(OidcProviderDefinition.ClientSecret)],
    };

    public string Vendor => IdentityProviderVendor.Waldur;

    public IdentityProviderCapabilities Capabilities => WaldurCapabilities;

    public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) =>
        AsyncPageableFactory.Select(identityProviders.ListAsync(null, cancellationToken), ToInfo);

    public async Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToInfo(await identityProviders.RetrieveAsync(id, cancellationToken).ConfigureAwait(false));

    public IdentityProviderRequestPreview PreviewCreateOidc(OidcProviderDefinition definition) =>
        new("POST", "api/identity-providers/", System.Text.Json.JsonSerializer.SerializeToElement(ToCreateRequest(definition), WaldurJsonContext.Default.IdentityProviderRequest));

    public async Task<IdentityProviderInfo> CreateOidcAsync(OidcProviderDefinition definition, CancellationToken cancellationToken = default) =>
        ToInfo(await identityProviders.CreateAsync(ToCreateRequest(definition), cancellationToken).ConfigureAwait(false));

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) => identityProviders.DeleteAsync(id, cancellationToken);

    internal static IdentityProviderRequest ToCreateRequest(OidcProviderDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate(IdentityProviderVendor.Waldur, WaldurCapabilities.RequiredOidcFields);
        var extraScopes = definition.Scopes?.Where(s => s != "openid").ToList();
        return new IdentityProviderRequest
        {
            Provider = ProviderKey(definition.Name),
            Label = definition.Name,
            ClientId = definition.ClientId,
            ClientSecret = definition.ClientSecret!,
            DiscoveryUrl = definition.Issuer!.TrimEnd('/') + DiscoverySuffix,
            EnablePkce = definition.UsePkce,
            IsActive = true,
            ExtraScope = extraScopes is { Count: > 0 } ? string.Join(' ', extraScopes) : null,
        };
    }

    /// <summary>
    /// The Waldur key (its id, at most 32 characters) for a display name: lower-case letters, digits and single dashes.
    /// </summary>
    /// <param name="name">The display name.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The name has no letter or digit to build a key from.</exception>
    internal static string ProviderKey(string name)
    {
        var key = new StringBuilder(MaxProviderKeyLength);
        foreach (var c in name.ToLowerInvariant())
        {
            if (key.Length == MaxProviderKeyLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != '-')
            {
                key.Append('-');
            }
        }

        var result = key.ToString().TrimEnd('-');
        return result.Length > 0
            ? result
            : throw new ArgumentException($"waldur: the name '{name}' has no letter or digit to derive a provider key from.", nameof(name));
    }

    internal static IdentityProviderInfo ToInfo(IdentityProvider provider)
    {
        var discovery = string.IsNullOrEmpty(provider.DiscoveryUrl) ? null : provider.DiscoveryUrl;
        var issuer = discovery is not null && discovery.EndsWith(DiscoverySuffix, StringComparison.Ordinal) ? discovery[..^DiscoverySuffix.Length] : discovery;
        var extra = provider.ExtraScope?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new(IdentityProviderVendor.Waldur, provider.Provider, string.IsNullOrEmpty(provider.Label) ? provider.Provider : provider.Label, provider, WaldurJsonContext.Default.IdentityProvider)
        {
            Protocol = ProtocolFamily.Oidc,
            Type = "oidc",
            Issuer = issuer,
            ClientId = provider.ClientId,
            Enabled = provider.IsActive,
            AuthorizationEndpoint = provider.AuthUrl,
            TokenEndpoint = provider.TokenUrl,
            UserInfoEndpoint = provider.UserinfoUrl,
            Scopes = ["openid", .. extra.Where(s => s != "openid")],
            PkceEnabled = provider.EnablePkce ?? false,
            // Waldur returns the secret field; empty means none is configured, absent means it was not disclosed.
            ClientSecretSet = provider.ClientSecret is null ? null : provider.ClientSecret.Length > 0,
            Endpoints = IdentityProviderInfo.CollectEndpoints(discovery, provider.AuthUrl, provider.TokenUrl, provider.UserinfoUrl, provider.LogoutUrl, provider.ManagementUrl),
        };
    }
}
