namespace IdentityProviders.Sdk.Http;

/// <summary>A response body exceeded <see cref="IdentityProviderClientOptions.MaxResponseContentBytes"/>; never retried.</summary>
internal sealed class ResponseTooLargeException(long limit, int statusCode)
    : Exception($"The response body exceeds the {limit}-byte limit (MaxResponseContentBytes).")
{
    public long Limit { get; } = limit;

    public int StatusCode { get; } = statusCode;
}
