using System.Globalization;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>
/// Socket-level faults WireMock cannot produce itself. A WireMock mapping asks for one with the <see cref="Header"/>
/// response header; <see cref="FaultServer"/>'s middleware strips it and misbehaves on the real connection.
/// </summary>
public static class Faults
{
    public const string Header = "X-Reliability-Fault";

    /// <summary>Aborts the connection after the request arrived, before a single response byte.</summary>
    public const string Reset = "reset";

    /// <summary>Sends the status line, headers (with the full Content-Length) and half the body, then aborts.</summary>
    public const string ResetMidBody = "reset-mid-body";

    /// <summary>Sends the body without Content-Length (chunked), in 64 KiB pieces.</summary>
    public const string Chunked = "chunked";

    /// <summary>Waits before the status line (cancelled when the client goes away).</summary>
    public static string StallHeaders(TimeSpan delay) => "stall-headers:" + ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>Sends headers and half the body, then waits before the rest (cancelled when the client goes away).</summary>
    public static string StallBody(TimeSpan delay) => "stall-body:" + ((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A <c>Retry-After</c> value the fault server turns into an HTTP date <paramref name="ahead"/> of the moment the
    /// response leaves (so a slow test start cannot turn it into a date in the past).
    /// </summary>
    public static string RetryAfterDateIn(TimeSpan ahead) => RetryAfterDatePrefix + ((long)ahead.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    internal const string RetryAfterDatePrefix = "date-in:";

    public static IResponseBuilder WithSocketFault(this IResponseBuilder response, string fault) => response.WithHeader(Header, fault);
}
