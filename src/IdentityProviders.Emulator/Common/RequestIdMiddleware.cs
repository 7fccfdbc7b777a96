using System.Security.Cryptography;

namespace IdentityProviders.Emulator.Common;

/// <summary>Gives every response an <c>x-request-id</c> header and counts requests.</summary>
internal static class RequestIdMiddleware
{
    /// <summary>The header that carries the request id, in both directions.</summary>
    public const string HeaderName = "x-request-id";

    private const int MaxEchoedLength = 200;

    /// <summary>Adds the middleware; it must run first so that every response, errors included, gets the header.</summary>
    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app, Counter requests)
    {
        return app.Use((context, next) =>
        {
            requests.Increment();
            var requestId = IncomingRequestId(context.Request) ?? NewRequestId();
            context.TraceIdentifier = requestId;
            context.Response.Headers[HeaderName] = requestId;
            return next(context);
        });
    }

    /// <summary>Creates a new id in the vendors' style: <c>req_</c> and 16 hex digits.</summary>
    public static string NewRequestId() => "req_" + RandomNumberGenerator.GetHexString(16, lowercase: true);

    // A caller-supplied id is echoed only when it is a sane header value; anything else gets a fresh id.
    private static string? IncomingRequestId(HttpRequest request)
    {
        var values = request.Headers[HeaderName];
        if (values.Count != 1)
        {
            return null;
        }

        var value = values[0];
        if (string.IsNullOrEmpty(value) || value.Length > MaxEchoedLength)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is < '!' or > '~')
            {
                return null;
            }
        }

        return value;
    }
}
