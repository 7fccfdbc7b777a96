namespace IdentityProviders.Sdk.Http;

/// <summary>Names of <see cref="HttpRequestMessage.Options"/> entries the pipeline reads (set by Refit <c>[Property]</c> parameters).</summary>
public static class RequestProperties
{
    /// <summary>
    /// Marks a request whose method is unsafe (POST, PUT, PATCH, DELETE) as idempotent, so the pipeline may retry it
    /// (e.g. Zitadel's <c>_search</c> POST, which only reads). Value: <see langword="true"/>.
    /// </summary>
    public const string Idempotent = "IdentityProviders.Idempotent";

    /// <summary>Reads a boolean option set by Refit's <c>[Property]</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="key">The option name.</param>
    /// <returns>The value, or <see langword="false"/> when not set.</returns>
    public static bool GetFlag(HttpRequestMessage request, string key)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ((IDictionary<string, object?>)request.Options).TryGetValue(key, out var value) && value is true;
    }

    /// <summary>Whether the pipeline may retry the request after it may have reached the server.</summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> for GET, HEAD, OPTIONS, TRACE, and requests marked <see cref="Idempotent"/>.</returns>
    public static bool IsRetrySafe(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Trace
            || GetFlag(request, Idempotent);
    }
}
