using System.Globalization;
using WireMock.ResponseBuilders;

namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>A way a response can go wrong, built for a vendor from the healthy response it replaces.</summary>
/// <param name="Name">The scenario name.</param>
/// <param name="Build">Builds the faulty response from the vendor and the healthy response.</param>
public sealed record FaultKind(string Name, Func<VendorHarness, WireResponse, IResponseBuilder> Build)
{
    public override string ToString() => Name;
}

/// <summary>Every fault the matrix injects, defined once for all vendors.</summary>
public static class FaultCatalog
{
    /// <summary>Long enough to exceed any attempt timeout the matrix uses; the fault server stops waiting when the client goes away.</summary>
    public static readonly TimeSpan Stall = TimeSpan.FromSeconds(30);

    public static string RequestId(VendorHarness harness, int status) =>
        string.Create(CultureInfo.InvariantCulture, $"rid-{harness?.Vendor}-{status}");

    public static FaultKind ResetBeforeResponse { get; } = new("connection reset before the response", (_, ok) => MatrixRun.Build(ok).WithSocketFault(Faults.Reset));

    public static FaultKind ResetMidBody { get; } = new("connection reset mid-body", (_, ok) => MatrixRun.Build(ok).WithSocketFault(Faults.ResetMidBody));

    public static FaultKind StallHeaders { get; } = new("response slower than the attempt timeout", (_, ok) => MatrixRun.Build(ok).WithSocketFault(Faults.StallHeaders(Stall)));

    public static FaultKind StallBody { get; } = new("body stalls past the attempt timeout", (_, ok) => MatrixRun.Build(ok).WithSocketFault(Faults.StallBody(Stall)));

    /// <summary>A 200 whose JSON is cut in half, with framing (Content-Length) that matches: the server's answer, not a transport failure.</summary>
    public static FaultKind TruncatedJson { get; } = new("truncated JSON (complete HTTP framing)", (_, ok) => MatrixRun.Build(ok with { Body = ok.Body[..(ok.Body.Length / 2)] }));

    /// <summary>WireMock's own fault: the status and headers of the healthy answer, with an empty body.</summary>
    public static FaultKind WireMockEmptyResponse { get; } = new("WireMock FaultType.EMPTY_RESPONSE (200, empty body)", (_, ok) => MatrixRun.Build(ok).WithFault(FaultType.EMPTY_RESPONSE));

    /// <summary>WireMock's own fault: half the healthy body followed by random bytes.</summary>
    public static FaultKind WireMockMalformedChunk { get; } = new("WireMock FaultType.MALFORMED_RESPONSE_CHUNK (200, garbled body)", (_, ok) => MatrixRun.Build(ok).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

    public static FaultKind Status(int status) => new(
        string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"),
        (harness, _) => Error(harness, status));

    public static FaultKind TooManyRequests(string retryAfter, string name) => new(
        name,
        (harness, _) => Error(harness, 429).WithHeader("Retry-After", retryAfter));

    /// <summary><c>Retry-After</c> as an HTTP date <paramref name="ahead"/> of the moment the response is sent.</summary>
    public static FaultKind TooManyRequestsUntil(TimeSpan ahead, string name) => new(
        name,
        (harness, _) => Error(harness, 429).WithHeader("Retry-After", Faults.RetryAfterDateIn(ahead)));

    public static IResponseBuilder Error(VendorHarness harness, int status)
    {
        ArgumentNullException.ThrowIfNull(harness);
        return Response.Create()
            .WithStatusCode(status)
            .WithHeader("Content-Type", "application/json")
            .WithHeader(harness.RequestIdHeader, RequestId(harness, status))
            .WithBody(harness.ErrorBody(status, "injected failure " + status.ToString(CultureInfo.InvariantCulture)));
    }
}
