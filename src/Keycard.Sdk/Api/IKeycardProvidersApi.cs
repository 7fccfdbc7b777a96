using Keycard.Sdk.Models;
using Refit;

namespace Keycard.Sdk.Api;

/// <summary>The Keycard providers wire: requests only; responses are read by <see cref="ProvidersClient"/>.</summary>
internal interface IKeycardProvidersApi
{
    [Get("/zones/{zoneId}/providers")]
    Task<HttpResponseMessage> ListAsync(
        string zoneId,
        [Query] string? after,
        [Query] string? before,
        [Query] string? cursor,
        [Query] int? limit,
        [Query(CollectionFormat.Multi)][AliasAs("expand[]")] IEnumerable<string>? expand,
        [Query] string? identifier,
        [Query] string? slug,
        [Query] string? type,
        CancellationToken cancellationToken);

    [Post("/zones/{zoneId}/providers")]
    Task<HttpResponseMessage> CreateAsync(string zoneId, [Body] ProviderCreateRequest body, CancellationToken cancellationToken);

    [Get("/zones/{zoneId}/providers/{id}")]
    Task<HttpResponseMessage> RetrieveAsync(string zoneId, string id, CancellationToken cancellationToken);

    [Patch("/zones/{zoneId}/providers/{id}")]
    Task<HttpResponseMessage> UpdateAsync(string zoneId, string id, [Body] ProviderUpdateRequest body, CancellationToken cancellationToken);

    [Delete("/zones/{zoneId}/providers/{id}")]
    Task<HttpResponseMessage> DeleteAsync(string zoneId, string id, CancellationToken cancellationToken);
}
