using IdentityProviders.Sdk.Http;
using Refit;
using Waldur.Sdk.Models;

namespace Waldur.Sdk.Api;

/// <summary>
/// The Waldur identity-providers wire: requests only; responses are read by <see cref="IdentityProvidersClient"/>.
/// Path parameters are escaped by Refit as one segment (<c>Uri.EscapeDataString</c>).
/// </summary>
internal interface IWaldurIdentityProvidersApi
{
    [Get("/api/identity-providers/")]
    Task<HttpResponseMessage> ListAsync([Query] int? page, [Query][AliasAs("page_size")] int? pageSize, CancellationToken cancellationToken);

    [Head("/api/identity-providers/")]
    Task<HttpResponseMessage> CountAsync(CancellationToken cancellationToken);

    [Post("/api/identity-providers/")]
    Task<HttpResponseMessage> CreateAsync([Body] IdentityProviderRequest body, CancellationToken cancellationToken);

    [Get("/api/identity-providers/{provider}/")]
    Task<HttpResponseMessage> RetrieveAsync(string provider, CancellationToken cancellationToken);

    [Put("/api/identity-providers/{provider}/")]
    Task<HttpResponseMessage> UpdateAsync(string provider, [Body] IdentityProviderRequest body, CancellationToken cancellationToken);

    [Patch("/api/identity-providers/{provider}/")]
    Task<HttpResponseMessage> PartialUpdateAsync(string provider, [Body] PatchedIdentityProviderRequest body, CancellationToken cancellationToken);

    [Delete("/api/identity-providers/{provider}/")]
    Task<HttpResponseMessage> DestroyAsync(string provider, CancellationToken cancellationToken);

    // Reads only (Waldur fetches the provider's discovery document): marked idempotent so transient failures are retried.
    [Post("/api/identity-providers/discover_metadata/")]
    Task<HttpResponseMessage> DiscoverMetadataAsync([Body] DiscoverMetadataRequest body, [Property(RequestProperties.Idempotent)] bool idempotent, CancellationToken cancellationToken);

    [Post("/api/identity-providers/generate-mapping/")]
    Task<HttpResponseMessage> GenerateMappingAsync([Body] DiscoverMetadataRequest body, [Property(RequestProperties.Idempotent)] bool idempotent, CancellationToken cancellationToken);
}
