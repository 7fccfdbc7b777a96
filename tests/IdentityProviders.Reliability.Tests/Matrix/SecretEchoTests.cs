using System.Collections;
using System.Text;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace IdentityProviders.Reliability.Tests.Matrix;

/// <summary>
/// A server that echoes what it was sent: the credential header (<c>Authorization</c>: the API token) and the request
/// body (with the definition's client secret) come back in the vendor's error message, in the request-id header the SDK
/// reads and in a debug header, for 400/401/403/500 and a 200 whose body is broken. With body logging on, no secret
/// may appear in the exception (message, ToString, Data, inner exceptions, <see cref="ApiErrorDetails"/>) or in a log
/// line - and the redaction marker must stand where the server put the secret, so the check cannot pass vacuously.
/// </summary>
public sealed class SecretEchoTests(VendorServers servers) : IClassFixture<VendorServers>
{
    private const string Marker = "***REDACTED***";
    private static readonly ClientSettings Logged = ClientSettings.Fast with { LogBodies = true };

    /// <param name="Name">The scenario.</param>
    /// <param name="Status">The status the echo is sent with.</param>
    /// <param name="Exception">The exact exception type.</param>
    /// <param name="Run">Serves the echo for one operation and runs it; returns the exception it ended with.</param>
    /// <param name="EchoesBodySecret">Whether the request carried (and the server echoed) the client secret.</param>
    public sealed record Scenario(string Name, int Status, Type Exception, Func<MatrixRun, Task<Exception?>> Run, bool EchoesBodySecret = false) : IScenario;

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        new("HTTP 400 on create echoes the credential and the request body", 400, typeof(IdentityProviderBadRequestException), run => CreateAsync(run, Echo(run.Harness, 400)), EchoesBodySecret: true),
        new("HTTP 401 on list echoes the credential", 401, typeof(IdentityProviderAuthenticationException), run => ListAsync(run, page: 0, Echo(run.Harness, 401))),
        new("HTTP 403 on get echoes the credential", 403, typeof(IdentityProviderPermissionDeniedException), run => GetAsync(run, Echo(run.Harness, 403))),
        new("HTTP 500 on page 2 echoes the credential (every retry)", 500, typeof(IdentityProviderServerException), run => ListAsync(run, page: 1, Echo(run.Harness, 500))),
        new("HTTP 200 with a broken body echoing the credential", 200, typeof(IdentityProviderResponseFormatException), run => GetAsync(run, BrokenEcho(run.Harness))),
        new("HTTP 200 with a broken body echoing the create request", 200, typeof(IdentityProviderResponseFormatException), run => CreateAsync(run, BrokenEcho(run.Harness)), EchoesBodySecret: true),
    ];

    public static TheoryData<string, string> Cases => Harness.Matrix.Cases(Scenarios);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Echoed_secrets_are_scrubbed_everywhere(string scenario, string vendor)
    {
        var s = Harness.Matrix.Find(Scenarios, scenario);
        using var run = new MatrixRun(servers, vendor);
        var h = run.Harness;

        var error = await s.Run(run);

        // The server really echoed the secrets, so the check below means something.
        var echoed = run.Server.Server.LogEntries.Select(e => e.ResponseMessage).Where(r => r.StatusCode is int status && status == s.Status).ToList();
        echoed.Should().NotBeEmpty();
        echoed.Should().OnlyContain(r => r.BodyData!.BodyAsString!.Contains(Secrets.ApiToken, StringComparison.Ordinal) && r.Headers![h.RequestIdHeader].Any(v => v.Contains(Secrets.ApiToken, StringComparison.Ordinal)));
        if (s.EchoesBodySecret)
        {
            echoed.Should().OnlyContain(r => r.BodyData!.BodyAsString!.Contains(Secrets.ClientSecret, StringComparison.Ordinal));
        }

        MatrixRun.AssertDocumented(error);
        error.Should().BeOfType(s.Exception);
        var sdk = (IdentityProviderException)error!;
        sdk.Vendor.Should().Be(h.Vendor);

        var surfaced = Surfaced(error!).Concat(run.Logs.Entries).ToList();
        foreach (var secret in Secrets.All)
        {
            surfaced.Where(t => t.Contains(secret, StringComparison.Ordinal)).Should().BeEmpty($"the secret {secret[..8]}... was echoed by the server but must never be surfaced");
        }

        // The marker stands where the server put the secret.
        var requestId = error switch
        {
            IdentityProviderApiException api => api.RequestId,
            IdentityProviderResponseFormatException format => format.RequestId,
            _ => null,
        };
        requestId.Should().StartWith("rid-").And.Contain(Marker, "the request-id header echoed the credential");
        error!.Message.Should().Contain(Marker);
        if (error is IdentityProviderApiException apiError)
        {
            var message = string.Join("\n", apiError.ErrorMessages);
            message.Should().Contain($"invalid credentials '{CredentialScheme(h)} {Marker}'");
            if (s.EchoesBodySecret)
            {
                CountMarkers(message).Should().BeGreaterThanOrEqualTo(2, "the echoed request body's client secret is scrubbed too");
            }
        }

        var responseBodies = run.Logs.Entries.Where(e => e.Contains("HTTP response body", StringComparison.Ordinal)).ToList();
        responseBodies.Should().NotBeEmpty("bodies were logged, so the check means something");
        run.Logs.Entries.Should().Contain(e => e.Contains("-> " + s.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) && e.Contains($"{h.RequestIdHeader}=rid-{CredentialScheme(h)} {Marker}", StringComparison.OrdinalIgnoreCase), "the allow-listed request-id header is logged scrubbed");
    }

    private static string CredentialScheme(VendorHarness h) => h.Vendor == IdentityProviderVendor.Waldur ? "Token" : "Bearer";

    private static int CountMarkers(string text)
    {
        var count = 0;
        for (var i = text.IndexOf(Marker, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Marker, i + Marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Everything the exception surfaces: ToString, each message in the chain, Data, and the parsed details.</summary>
    private static IEnumerable<string> Surfaced(Exception exception)
    {
        yield return exception.ToString();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e.Message;
            foreach (DictionaryEntry entry in e.Data)
            {
                yield return entry.Key.ToString() ?? string.Empty;
                yield return entry.Value?.ToString() ?? string.Empty;
            }

            switch (e)
            {
                case IdentityProviderApiException api:
                    yield return api.Details.ToString();
                    yield return api.RequestId ?? string.Empty;
                    foreach (var text in api.ErrorCodes.Concat(api.ErrorMessages))
                    {
                        yield return text;
                    }

                    foreach (var (field, messages) in api.Details.FieldErrors)
                    {
                        yield return field;
                        foreach (var message in messages)
                        {
                            yield return message;
                        }
                    }

                    break;
                case IdentityProviderResponseFormatException format:
                    yield return format.RequestId ?? string.Empty;
                    break;
            }
        }
    }

    // ---- the echoing server -------------------------------------------------------------------------------------

    private static string Credential(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() ?? "(none)";

    private static ResponseMessage Message(int status, string body, string contentType, VendorHarness h, string credential)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", contentType);
        message.AddHeader(h.RequestIdHeader, "rid-" + credential);
        message.AddHeader("X-Debug-Credential", credential);
        return message;
    }

    /// <summary>The vendor's error body whose message quotes the credential header and the whole request body.</summary>
    private static IResponseBuilder Echo(VendorHarness h, int status) => Response.Create().WithCallback(request =>
    {
        var credential = Credential(request);
        return Message(status, h.ErrorBody(status, $"invalid credentials '{credential}'; request was: {request.Body ?? "(no body)"}"), "application/json", h, credential);
    });

    /// <summary>A 200 whose JSON breaks off inside an object keyed by the credential, after quoting the request body.</summary>
    private static IResponseBuilder BrokenEcho(VendorHarness h) => Response.Create().WithCallback(request =>
    {
        var credential = Credential(request);
        var quoted = System.Text.Json.JsonSerializer.Serialize(request.Body ?? "(no body)");
        return Message(200, $$"""{"debug":{"request":{{quoted}},"{{credential}}":{"echo":"{{credential}}""", "application/json", h, credential);
    });

    // ---- the operations -----------------------------------------------------------------------------------------

    private static async Task<Exception?> ListAsync(MatrixRun run, int page, IResponseBuilder fault)
    {
        var h = run.Harness;
        run.ServeListing(h.StandardItems);
        run.Respond(h.ListPageRequest(page), fault, priority: 1);
        var outcome = await run.ListAsync(run.Client(Logged));
        return outcome.Error;
    }

    private static async Task<Exception?> GetAsync(MatrixRun run, IResponseBuilder fault)
    {
        var h = run.Harness;
        var item = h.Item(2);
        run.Respond(h.GetRequest(item.Id), fault, priority: 1);
        var client = run.Client(Logged);
        var (_, error) = await run.CaptureAsync(() => client.GetAsync(item.Id));
        return error;
    }

    private static async Task<Exception?> CreateAsync(MatrixRun run, IResponseBuilder fault)
    {
        var h = run.Harness;
        run.Respond(h.CreateRequest(), fault, priority: 1);
        var client = run.Client(Logged);
        var (_, error) = await run.CaptureAsync(() => client.CreateOidcAsync(h.Definition(h.CreatedItem.Name)));
        run.Requests.Should().Contain(r => r.Method == "POST" && r.Body!.Contains(Secrets.ClientSecret, StringComparison.Ordinal), "the create request carried the client secret");
        return error;
    }
}
