namespace IdentityProviders.Sdk.Diagnostics;

/// <summary>
/// The instrument and attribute names the SDKs emit. HTTP names follow OpenTelemetry's HTTP client semantic
/// conventions; <c>idp.*</c> names are this SDK's own.
/// </summary>
public static class TelemetryNames
{
    /// <summary>Histogram (<c>s</c>): duration of one HTTP attempt, response body included.</summary>
    public const string HttpClientRequestDuration = "http.client.request.duration";

    /// <summary>Histogram (<c>s</c>): duration of one SDK operation (one page, for listings), retries and backoff included.</summary>
    public const string OperationDuration = "idp.client.operation.duration";

    /// <summary>Counter (<c>{retry}</c>): HTTP attempts repeated by the retry policy.</summary>
    public const string Retries = "idp.client.retries";

    /// <summary>Counter (<c>{page}</c>): pages received by listings.</summary>
    public const string Pages = "idp.client.pages";

    /// <summary>Counter (<c>{item}</c>): items received by listings.</summary>
    public const string Items = "idp.client.items";

    /// <summary>Attribute: the vendor, e.g. <c>keycard</c>.</summary>
    public const string Vendor = "idp.vendor";

    /// <summary>Attribute: the SDK operation, e.g. <c>providers.list</c>.</summary>
    public const string Operation = "idp.operation";

    /// <summary>Attribute: retries within one operation.</summary>
    public const string RetryCount = "idp.retry_count";

    /// <summary>Attribute: the 1-based number of a page within one enumeration.</summary>
    public const string PageNumber = "idp.page.number";

    /// <summary>Attribute: the number of items in a page.</summary>
    public const string PageItemCount = "idp.page.item_count";

    /// <summary>Attribute: the HTTP method (<c>_OTHER</c> for a non-standard one).</summary>
    public const string HttpRequestMethod = "http.request.method";

    /// <summary>Attribute: the HTTP status code of the response.</summary>
    public const string HttpResponseStatusCode = "http.response.status_code";

    /// <summary>Attribute: how many times this request was sent before (set on retries only).</summary>
    public const string HttpRequestResendCount = "http.request.resend_count";

    /// <summary>Attribute: the server's host name.</summary>
    public const string ServerAddress = "server.address";

    /// <summary>Attribute: the server's port.</summary>
    public const string ServerPort = "server.port";

    /// <summary>Attribute: the URL scheme (<c>http</c> or <c>https</c>).</summary>
    public const string UrlScheme = "url.scheme";

    /// <summary>Attribute: the request URL without user info, secret-named query values replaced by <c>REDACTED</c>.</summary>
    public const string UrlFull = "url.full";

    /// <summary>
    /// Attribute: why a request or operation failed: the status code (e.g. <c>503</c>), <c>timeout</c>, a .NET
    /// <c>HttpRequestError</c> in snake case (e.g. <c>connection_error</c>), or the exception's full type name.
    /// </summary>
    public const string ErrorType = "error.type";
}
