using System.Text;
using System.Text.Json.Nodes;
using IdentityProviders.Reliability.Tests.Harness;
using IdentityProviders.Sdk;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Zitadel.Sdk;

namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>
/// The SDK bugs the properties found, each pinned as one fixed case per vendor (so a regression fails here by name,
/// not only as a shrunk property case).
/// </summary>
public sealed class HostileInputRegressions(ScriptedServerFixture fixture) : IClassFixture<ScriptedServerFixture>
{
    /// <param name="Name">The bug.</param>
    /// <param name="List">Whether the listing (otherwise the GET) meets the response.</param>
    /// <param name="Respond">The response, from the harness and a valid body.</param>
    /// <param name="FormatError">Whether it must fail with <see cref="IdentityProviderResponseFormatException"/> (otherwise it must succeed).</param>
    /// <param name="OnlyFor">The vendors it applies to.</param>
    public sealed record Regression(string Name, bool List, Func<VendorHarness, string, ScriptedResponse> Respond, bool FormatError, IReadOnlyCollection<string>? OnlyFor = null) : IScenario;

    public static IReadOnlyList<Regression> Regressions { get; } =
    [
        // STJ's message for an invalid literal quotes the body up to the end of its buffer: the secret after it leaked.
        new("invalid literal before a secret: the message does not quote the body", false, (h, body) => Json(BreakBefore(body, Secrets.ResponseSecret)), true),
        // JsonDocument accepts an escaped lone surrogate; re-encoding it for the redacted body log threw InvalidOperationException.
        new("escaped lone surrogate with body logging", false, (h, body) => Json(body.Replace("\"" + h.Item(7).Name + "\"", "\"\\ud800\"", StringComparison.Ordinal)), true),
        // The body log read the content as a string in the declared charset: an unknown one threw InvalidOperationException.
        new("unknown charset with body logging", false, (h, body) => Json(body, "application/json; charset=bogus"), false),
        // Automatic decompression of bytes that are not gzip/brotli threw InvalidDataException/InvalidOperationException raw.
        new("Content-Encoding gzip on plain bytes", false, (h, body) => Json(body, encoding: "gzip"), true),
        new("Content-Encoding br on plain bytes", false, (h, body) => Json(body, encoding: "br"), true),
        // A JSON null in the list reached the pager's key selector: NullReferenceException.
        new("null item in a list page", true, (h, page) => Json(NullFirstItem(page)), true),
        // Found by the 50,000-case run: "page_info": null made Keycard's pager throw NullReferenceException.
        new("page_info null", true, (h, page) => Json(page.Replace("\"page_info\":{", "\"page_info\":null,\"x\":{", StringComparison.Ordinal)), true, [IdentityProviderVendor.Keycard]),
        // Found by the 50,000-case run: "errors": [null] in a V4 envelope reached the error classifier: NullReferenceException.
        new("errors [null] in the envelope", false, (h, body) => Json(body.Replace("\"errors\":[]", "\"errors\":[null]", StringComparison.Ordinal)), false, [IdentityProviderVendor.Cloudflare]),
        // "required" does not reject null: the cross-vendor view threw ArgumentNullException for a provider without a key.
        new("provider key null", false, (h, body) => Json(body.Replace("\"provider\":\"" + h.Item(7).Id + "\"", "\"provider\":null", StringComparison.Ordinal)), true, [IdentityProviderVendor.Waldur]),
    ];

    public static TheoryData<string, string> Cases => Harness.Matrix.Cases(Regressions);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileResponseFailsWithADocumentedException(string scenario, string vendor)
    {
        var regression = Harness.Matrix.Find(Regressions, scenario);
        var h = Vendors.Get(vendor);
        var server = fixture.Server;
        server.Reset();
        using var logs = new DiscardingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var handle = h.CreateClient(server.Url, ClientSettings.Fast with { LogBodies = true }, loggerFactory);
        var item = h.Item(7);
        var valid = regression.List ? h.ListPage(server.Url, h.StandardItems, 0).Body : h.GetBody(h.ItemJson(item));
        server.Respond(regression.Respond(h, valid));

        Exception? error = null;
        try
        {
            if (regression.List)
            {
                await foreach (var info in handle.Client.ListAsync())
                {
                    _ = info.ToString();
                }
            }
            else
            {
                _ = (await handle.Client.GetAsync(item.Id)).ToString();
            }
        }
        catch (Exception e)
        {
            error = e;
        }

        if (regression.FormatError)
        {
            var format = error.Should().BeOfType<IdentityProviderResponseFormatException>().Subject;
            format.Vendor.Should().Be(vendor);
            format.ToString().Should().NotContain(Secrets.ResponseSecret);
            server.Received.Should().ContainSingle("a complete answer is not retried");
        }
        else
        {
            error.Should().BeNull();
        }
    }

    public static TheoryData<string> VendorNames => [.. Vendors.All.Select(v => v.Vendor)];

    /// <summary>Kestrel answers 400 to <c>%00</c> in a path: an id with a control character is refused before sending.</summary>
    [Theory]
    [MemberData(nameof(VendorNames))]
    public async Task IdWithAControlCharacterIsRefusedBeforeSending(string vendor)
    {
        var h = Vendors.Get(vendor);
        var server = fixture.Server;
        server.Reset();
        using var handle = h.CreateClient(server.Url, ClientSettings.Fast, NullLoggerFactory.Instance);

        foreach (var id in new[] { "a\0b", "a\r\nb", "a\u007Fb", "\u0085" })
        {
            var act = () => handle.Client.GetAsync(id);
            (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().NotBeNullOrEmpty();
        }

        server.Received.Should().BeEmpty();
    }

    /// <summary>x-zitadel-orgid with CR/LF (a header injection) or non-ASCII (refused by the HTTP stack) is refused by the SDK.</summary>
    [Theory]
    [InlineData("org\r\nX-Injected: 1")]
    [InlineData("org\n")]
    [InlineData("örg")]
    [InlineData(" org")]
    public async Task ZitadelOrganizationThatCannotBeAHeaderIsRefused(string organizationId)
    {
        var h = Vendors.Get(IdentityProviderVendor.Zitadel);
        var server = fixture.Server;
        server.Reset();
        using var handle = h.CreateClient(server.Url, ClientSettings.Fast, NullLoggerFactory.Instance);
        var client = (ZitadelClient)handle.Owner;

        client.Invoking(c => c.ForOrganization(organizationId)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("organizationId");
        new ZitadelClientOptions { BaseAddress = server.Url, Token = Secrets.ApiToken, OrganizationId = organizationId }.Validate().Should().ContainSingle().Which.Should().Contain("OrganizationId");
        await Task.Yield();
        server.Received.Should().BeEmpty();
    }

    private static ScriptedResponse Json(string body, string contentType = "application/json", string? encoding = null)
    {
        List<KeyValuePair<string, string>> headers = [new("Content-Type", contentType)];
        if (encoding is not null)
        {
            headers.Add(new("Content-Encoding", encoding));
        }

        return new ScriptedResponse(200, headers, Encoding.UTF8.GetBytes(body));
    }

    // "key":"<secret>" becomes "key":tru<secret>": an invalid literal whose text runs into the secret.
    private static string BreakBefore(string body, string secret)
    {
        var at = body.IndexOf("\"" + secret, StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, "the valid body carries the secret");
        return string.Concat(body.AsSpan(0, at), "tru", body.AsSpan(at + 1));
    }

    private static string NullFirstItem(string page)
    {
        var root = JsonNode.Parse(page)!;
        var items = root switch
        {
            JsonArray array => array,
            JsonObject o when o["items"] is JsonArray keycard => keycard,
            JsonObject o => (JsonArray)o["result"]!,
            _ => throw new InvalidOperationException("unknown page shape"),
        };
        items[0] = null;
        return root.ToJsonString();
    }
}
