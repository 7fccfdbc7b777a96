using System.Net.Http.Headers;

namespace IdentityProviders.Sdk.Http;

/// <summary>A successful response: the deserialized value plus what the raw response said.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The deserialized body.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="RequestId">The vendor's request id, when sent.</param>
/// <param name="Headers">The response headers.</param>
public sealed record VendorResponse<T>(T Value, int StatusCode, string? RequestId, HttpResponseHeaders Headers);
