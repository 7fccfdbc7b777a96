namespace IdentityProviders.Sdk.Http;

/// <summary>
/// A complete response whose body could not be decoded (a <c>Content-Encoding</c> that does not match its bytes); the
/// server's answer, so never retried. <see cref="VendorApiRunner"/> turns it into an
/// <see cref="IdentityProviderResponseFormatException"/>.
/// </summary>
internal sealed class ResponseDecodingException(int statusCode, Exception inner)
    : Exception($"the response body could not be decoded: its Content-Encoding does not match its bytes ({inner?.GetType().Name})", inner)
{
    public int StatusCode { get; } = statusCode;
}
