using IdentityProviders.Sdk;
using Keycard.Sdk.Json;
using Keycard.Sdk.Models;

namespace Keycard.Sdk;

/// <summary>One Keycard zone seen through the cross-vendor <see cref="IIdentityProviderClient"/>.</summary>
internal sealed class KeycardIdentityProviderClient(ProvidersClient providers, string zoneId) : IIdentityProviderClient
{
    private static readonly IdentityProviderCapabilities KeycardCapabilities = new()
    {
        CanCreateOidc = true,
        CanDelete = true,
        SupportsPkce = true,
        // Keycard identifies a provider by its issuer ("identifier"), so the issuer is required.
        RequiredOidcFields = [nameof(OidcProviderDefinition.Issuer)],
    };

    public string Vendor => IdentityProviderVendor.Keycard;

    public IdentityProviderCapabilities Capabilities => KeycardCapabilities;

    public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) =>
        AsyncPageableFactory.Select(providers.ListAsync(zoneId, null, cancellationToken), ToInfo);

    public async Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ToInfo(await providers.RetrieveAsync(zoneId, id, cancellationToken).ConfigureAwait(false));

    public IdentityProviderRequestPreview PreviewCreateOidc(OidcProviderDefinition definition) =>
        new("POST", $"zones/{Uri.EscapeDataString(zoneId)}/providers", System.Text.Json.JsonSerializer.SerializeToElement(ToCreateRequest(definition), KeycardJsonContext.Default.ProviderCreateRequest));

    public async Task<IdentityProviderInfo> CreateOidcAsync(OidcProviderDefinition definition, CancellationToken cancellationToken = default) =>
        ToInfo(await providers.CreateAsync(zoneId, ToCreateRequest(definition), cancellationToken).ConfigureAwait(false));

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) => providers.DeleteAsync(zoneId, id, cancellationToken);

    internal static ProviderCreateRequest ToCreateRequest(OidcProviderDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate(IdentityProviderVendor.Keycard, KeycardCapabilities.RequiredOidcFields);
        return new ProviderCreateRequest
        {
            Name = definition.Name,
            Identifier = definition.Issuer!,
            Type = KeycardProviderType.External,
            ClientId = definition.ClientId,
            ClientSecret = definition.ClientSecret,
            Protocols = new ProviderProtocols
            {
                OAuth2 = new ProviderOAuth2Protocol
                {
                    Issuer = definition.Issuer,
                    AuthorizationEndpoint = definition.AuthorizationEndpoint,
                    TokenEndpoint = definition.TokenEndpoint,
                    JwksUri = definition.JwksUri,
                    CodeChallengeMethodsSupported = definition.UsePkce == true ? ["S256"] : null,
                },
                OpenId = new ProviderOpenIdProtocol
                {
                    UserinfoEndpoint = definition.UserInfoEndpoint,
                    Scopes = definition.Scopes,
                },
            },
        };
    }

    internal static IdentityProviderInfo ToInfo(Provider provider)
    {
        var oauth = provider.Protocols?.OAuth2;
        var openId = provider.Protocols?.OpenId;
        return new(IdentityProviderVendor.Keycard, provider.Id, provider.Name, provider, KeycardJsonContext.Default.Provider)
        {
            Protocol = openId is not null ? ProtocolFamily.Oidc
                : oauth is not null ? ProtocolFamily.OAuth2
                : ProtocolFamily.Other,
            Type = provider.Type?.Value,
            Issuer = oauth?.Issuer,
            ClientId = provider.ClientId,
            AuthorizationEndpoint = oauth?.AuthorizationEndpoint,
            TokenEndpoint = oauth?.TokenEndpoint,
            UserInfoEndpoint = openId?.UserinfoEndpoint,
            JwksUri = oauth?.JwksUri,
            Scopes = openId?.Scopes,
            // Keycard advertises the PKCE methods it will use; none listed means it will not send a code challenge.
            PkceEnabled = oauth is null ? null : oauth.CodeChallengeMethodsSupported is { Count: > 0 },
            ClientSecretSet = provider.ClientSecretSet,
            Endpoints = IdentityProviderInfo.CollectEndpoints(oauth?.Issuer, oauth?.AuthorizationEndpoint, oauth?.TokenEndpoint, oauth?.JwksUri, oauth?.RegistrationEndpoint, openId?.UserinfoEndpoint),
            CreatedAt = provider.CreatedAt,
            UpdatedAt = provider.UpdatedAt,
        };
    }
}
