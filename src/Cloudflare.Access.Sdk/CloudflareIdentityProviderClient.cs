using System.Globalization;
using System.Text.Json;
using Cloudflare.Access.Sdk.Json;
using Cloudflare.Access.Sdk.Models;
using IdentityProviders.Sdk;

namespace Cloudflare.Access.Sdk;

/// <summary>One Cloudflare account or zone seen through the cross-vendor <see cref="IIdentityProviderClient"/>.</summary>
internal sealed class CloudflareIdentityProviderClient(IdentityProvidersClient providers, CloudflareScope scope) : IIdentityProviderClient
{
    private static readonly IdentityProviderCapabilities CloudflareCapabilities = new()
    {
        CanCreateOidc = true,
        CanDelete = true,
        SupportsPkce = true,
        SupportsScim = true,
        // A Cloudflare OIDC provider stores endpoints, not an issuer, and a client secret it needs to redeem codes.
        RequiredOidcFields =
        [
            nameof(OidcProviderDefinition.AuthorizationEndpoint),
            nameof(OidcProviderDefinition.TokenEndpoint),
            nameof(OidcProviderDefinition.JwksUri),
            nameof(OidcProviderDefinition.ClientSecret),
        ],
    };

    public string Vendor => IdentityProviderVendor.Cloudflare;

    public IdentityProviderCapabilities Capabilities => CloudflareCapabilities;

    public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) =>
        AsyncPageableFactory.Select(providers.ListAsync(scope, null, cancellationToken), ToInfo);

    public async Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToInfo(await providers.GetAsync(id, scope, cancellationToken).ConfigureAwait(false));

    public IdentityProviderRequestPreview PreviewCreateOidc(OidcProviderDefinition definition) =>
        new("POST", $"{scope}/access/identity_providers", JsonSerializer.SerializeToElement<IdentityProvider>(ToCreateRequest(definition), CloudflareJsonContext.Default.IdentityProvider));

    public async Task<IdentityProviderInfo> CreateOidcAsync(OidcProviderDefinition definition, CancellationToken cancellationToken = default) =>
        ToInfo(await providers.CreateAsync(ToCreateRequest(definition), scope, cancellationToken).ConfigureAwait(false));

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) => providers.DeleteAsync(id, scope, cancellationToken);

    internal static OidcIdentityProvider ToCreateRequest(OidcProviderDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate(IdentityProviderVendor.Cloudflare, CloudflareCapabilities.RequiredOidcFields);
        return new OidcIdentityProvider
        {
            Name = definition.Name,
            Config = new OidcConfig
            {
                ClientId = definition.ClientId,
                ClientSecret = definition.ClientSecret,
                AuthUrl = definition.AuthorizationEndpoint,
                TokenUrl = definition.TokenEndpoint,
                CertsUrl = definition.JwksUri,
                Scopes = definition.Scopes,
                PkceEnabled = definition.UsePkce,
            },
        };
    }

    /// <summary>Maps a variant to the normalized record (protocol family, issuer and client id where the config has them).</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The normalized record.</returns>
    internal static IdentityProviderInfo ToInfo(IdentityProvider provider)
    {
        var oidc = (provider as OidcIdentityProvider)?.Config;
        var oauth = provider.Config as OAuthIdentityProviderConfig;
        var saml = (provider as SamlIdentityProvider)?.Config;
        var issuer = Issuer(provider);
        return new(IdentityProviderVendor.Cloudflare, provider.Id ?? string.Empty, provider.Name, provider, CloudflareJsonContext.Default.IdentityProvider)
        {
            Protocol = Protocol(provider.Type),
            Type = provider.Type.Value,
            Issuer = issuer,
            ClientId = oauth?.ClientId,
            AuthorizationEndpoint = oidc?.AuthUrl,
            TokenEndpoint = oidc?.TokenUrl,
            JwksUri = oidc?.CertsUrl,
            Scopes = oidc?.Scopes,
            PkceEnabled = oidc is null ? null : oidc.PkceEnabled ?? false,
            // Cloudflare does not return secrets it holds; a value present means it was set, absence says nothing.
            ClientSecretSet = string.IsNullOrEmpty(oauth?.ClientSecret) ? null : true,
            Endpoints = IdentityProviderInfo.CollectEndpoints(issuer, oidc?.AuthUrl, oidc?.TokenUrl, oidc?.CertsUrl, saml?.SsoTargetUrl, saml?.IssuerUrl, provider.ScimConfig?.ScimBaseUrl),
        };
    }

    /// <summary>azureAD, okta, onelogin, pingone, centrify and oidc speak OIDC; saml SAML; the consumer logins are social.</summary>
    /// <param name="type">The provider type.</param>
    /// <returns>The protocol family.</returns>
    internal static ProtocolFamily Protocol(IdentityProviderType type) => type.Value switch
    {
        "azureAD" or "okta" or "onelogin" or "pingone" or "centrify" or "oidc" => ProtocolFamily.Oidc,
        "saml" => ProtocolFamily.Saml,
        "github" or "google" or "facebook" or "linkedin" or "yandex" or "google-apps" => ProtocolFamily.Social,
        "onetimepin" => ProtocolFamily.OneTimePin,
        _ => ProtocolFamily.Other,
    };

    // Only issuers the config determines exactly; a generic OIDC config has endpoints but no issuer.
    private static string? Issuer(IdentityProvider provider) => provider switch
    {
        SamlIdentityProvider saml => NonEmpty(saml.Config.IssuerUrl),
        OktaIdentityProvider okta when NonEmpty(okta.Config.OktaAccount) is { } account =>
            NonEmpty(okta.Config.AuthorizationServerId) is { } server ? $"{account.TrimEnd('/')}/oauth2/{server}" : account,
        OneLoginIdentityProvider onelogin => NonEmpty(onelogin.Config.OneLoginAccount),
        CentrifyIdentityProvider centrify => NonEmpty(centrify.Config.CentrifyAccount),
        AzureADIdentityProvider azure when NonEmpty(azure.Config.DirectoryId) is { } directory =>
            string.Create(CultureInfo.InvariantCulture, $"https://login.microsoftonline.com/{directory}/v2.0"),
        PingOneIdentityProvider ping when NonEmpty(ping.Config.PingEnvId) is { } environment =>
            string.Create(CultureInfo.InvariantCulture, $"https://auth.pingone.com/{environment}/as"),
        GoogleIdentityProvider or GoogleAppsIdentityProvider => "https://accounts.google.com",
        _ => null,
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
