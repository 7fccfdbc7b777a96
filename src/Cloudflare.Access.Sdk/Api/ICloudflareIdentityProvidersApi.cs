using Refit;

namespace Cloudflare.Access.Sdk.Api;

/// <summary>
/// The Access identity providers wire, the spec's ten operations (five at account scope, five at zone scope):
/// requests only; responses are read by <see cref="IdentityProvidersClient"/>. Bodies arrive serialized, because the
/// union converter must write them (Refit would pick the runtime type's metadata and could not write an unknown variant).
/// </summary>
internal interface ICloudflareIdentityProvidersApi
{
    [Get("/accounts/{accountId}/access/identity_providers")]
    Task<HttpResponseMessage> ListAccountAsync(
        string accountId,
        [Query] int? page,
        [Query][AliasAs("per_page")] int? perPage,
        [Query][AliasAs("scim_enabled")] string? scimEnabled,
        CancellationToken cancellationToken);

    [Post("/accounts/{accountId}/access/identity_providers")]
    Task<HttpResponseMessage> CreateAccountAsync(string accountId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Get("/accounts/{accountId}/access/identity_providers/{identityProviderId}")]
    Task<HttpResponseMessage> GetAccountAsync(string accountId, string identityProviderId, CancellationToken cancellationToken);

    [Put("/accounts/{accountId}/access/identity_providers/{identityProviderId}")]
    Task<HttpResponseMessage> UpdateAccountAsync(string accountId, string identityProviderId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Delete("/accounts/{accountId}/access/identity_providers/{identityProviderId}")]
    Task<HttpResponseMessage> DeleteAccountAsync(string accountId, string identityProviderId, CancellationToken cancellationToken);

    [Get("/zones/{zoneId}/access/identity_providers")]
    Task<HttpResponseMessage> ListZoneAsync(
        string zoneId,
        [Query] int? page,
        [Query][AliasAs("per_page")] int? perPage,
        [Query][AliasAs("scim_enabled")] string? scimEnabled,
        CancellationToken cancellationToken);

    [Post("/zones/{zoneId}/access/identity_providers")]
    Task<HttpResponseMessage> CreateZoneAsync(string zoneId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Get("/zones/{zoneId}/access/identity_providers/{identityProviderId}")]
    Task<HttpResponseMessage> GetZoneAsync(string zoneId, string identityProviderId, CancellationToken cancellationToken);

    [Put("/zones/{zoneId}/access/identity_providers/{identityProviderId}")]
    Task<HttpResponseMessage> UpdateZoneAsync(string zoneId, string identityProviderId, [Body] HttpContent body, CancellationToken cancellationToken);

    [Delete("/zones/{zoneId}/access/identity_providers/{identityProviderId}")]
    Task<HttpResponseMessage> DeleteZoneAsync(string zoneId, string identityProviderId, CancellationToken cancellationToken);
}
