using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IdentityProviders.Sdk;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>The JWT profile grant against a local token endpoint: assertion claims and signature, caching, refresh.</summary>
public sealed class ZitadelJwtProfileTokenProviderTests : IDisposable
{
    private readonly ZitadelMockServer _mock = new();
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _mock.Dispose();
        _rsa.Dispose();
    }

    private ZitadelServiceAccountKey Key() => ZitadelServiceAccountKey.Parse(
        JsonSerializer.Serialize(new Dictionary<string, string> { ["type"] = "serviceaccount", ["keyId"] = "key-17", ["key"] = _rsa.ExportRSAPrivateKeyPem(), ["userId"] = "user-42" }));

    private void TokenEndpoint(int expiresIn = 3600, int status = 200, string? body = null)
    {
        var counter = 0;
        _mock.Server.Given(Request.Create().WithPath("/oauth/v2/token").UsingPost()).RespondWith(Response.Create().WithCallback(_ =>
        {
            var n = Interlocked.Increment(ref counter);
            return new WireMock.ResponseMessage
            {
                StatusCode = status,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    BodyAsString = body ?? $$"""{"access_token":"access-{{n}}","token_type":"Bearer","expires_in":{{expiresIn}}}""",
                    DetectedBodyType = WireMock.Types.BodyType.String,
                },
            };
        }));
    }

    private IReadOnlyList<Dictionary<string, string>> TokenRequests() =>
        [.. _mock.Requests.Where(r => r.AbsolutePath == "/oauth/v2/token").Select(r => r.Body!.Split('&').Select(p => p.Split('=')).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' '))))];

    private static byte[] B64(string value)
    {
        var text = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(text.PadRight((text.Length + 3) / 4 * 4, '='));
    }

    [Fact]
    public async Task The_assertion_is_rs256_signed_with_the_key_and_carries_the_profile_claims()
    {
        TokenEndpoint();
        using var http = new HttpClient();
        using var provider = new ZitadelJwtProfileTokenProvider(Key(), new Uri(_mock.Url + "/"), http, timeProvider: _time);

        var token = await provider.GetTokenAsync(CancellationToken.None);

        token.Should().Be("access-1");
        var form = TokenRequests().Should().ContainSingle().Subject;
        form["grant_type"].Should().Be("urn:ietf:params:oauth:grant-type:jwt-bearer");
        form["scope"].Should().Be("openid urn:zitadel:iam:org:project:id:zitadel:aud");
        var parts = form["assertion"].Split('.');
        parts.Should().HaveCount(3);
        using var publicKey = RSA.Create();
        publicKey.ImportSubjectPublicKeyInfo(_rsa.ExportSubjectPublicKeyInfo(), out _);
        publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), B64(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).Should().BeTrue();
        using var header = JsonDocument.Parse(B64(parts[0]));
        header.RootElement.GetProperty("alg").GetString().Should().Be("RS256");
        header.RootElement.GetProperty("kid").GetString().Should().Be("key-17");
        using var claims = JsonDocument.Parse(B64(parts[1]));
        var root = claims.RootElement;
        root.GetProperty("iss").GetString().Should().Be("user-42");
        root.GetProperty("sub").GetString().Should().Be("user-42");
        root.GetProperty("aud").GetString().Should().Be(_mock.Url);
        root.GetProperty("iat").GetInt64().Should().Be(_time.GetUtcNow().ToUnixTimeSeconds());
        root.GetProperty("exp").GetInt64().Should().Be(_time.GetUtcNow().AddHours(1).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_tampered_signature_does_not_verify()
    {
        using var http = new HttpClient();
        using var provider = new ZitadelJwtProfileTokenProvider(Key(), new Uri("https://z.example.com"), http, timeProvider: _time);
        using var other = RSA.Create(2048);

        var parts = provider.CreateAssertion().Split('.');

        other.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), B64(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).Should().BeFalse();
        provider.Audience.Should().Be("https://z.example.com");
        provider.TokenEndpoint.Should().Be(new Uri("https://z.example.com/oauth/v2/token"));
    }

    [Fact]
    public async Task The_token_is_cached_and_refreshed_before_it_expires()
    {
        TokenEndpoint(expiresIn: 600);
        using var http = new HttpClient();
        using var provider = new ZitadelJwtProfileTokenProvider(Key(), new Uri(_mock.Url), http, timeProvider: _time);

        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("access-1");
        _time.Advance(TimeSpan.FromSeconds(500));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("access-1");
        _time.Advance(TimeSpan.FromSeconds(50));
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("access-2", "60 s before expiry the token is replaced");

        provider.TokensFetched.Should().Be(2);
        var assertions = TokenRequests().Select(f => f["assertion"]).ToList();
        assertions.Should().OnlyHaveUniqueItems("each fetch signs a fresh assertion");
    }

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        TokenEndpoint();
        using var http = new HttpClient();
        using var provider = new ZitadelJwtProfileTokenProvider(Key(), new Uri(_mock.Url), http, timeProvider: _time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));

        tokens.Should().AllBe("access-1");
        TokenRequests().Should().ContainSingle();
    }

    [Fact]
    public async Task An_invalid_grant_is_an_authentication_error_without_the_assertion()
    {
        TokenEndpoint(status: 400, body: """{"error":"invalid_grant","error_description":"assertion invalid"}""");
        using var http = new HttpClient();
        using var provider = new ZitadelJwtProfileTokenProvider(Key(), new Uri(_mock.Url), http, timeProvider: _time);

        var error = (await ((Func<Task>)(async () => await provider.GetTokenAsync(CancellationToken.None))).Should().ThrowAsync<IdentityProviderAuthenticationException>()).Which;

        error.ErrorCodes.Should().Equal("invalid_grant");
        error.Operation.Should().Be("oauth.token");
        error.Message.Should().NotContain(TokenRequests()[0]["assertion"][..30]);
    }

    [Fact]
    public async Task A_client_with_a_key_file_sends_the_issued_token_to_the_api()
    {
        TokenEndpoint();
        _mock.Json("GET", "/management/v1/idps/templates/1", $$"""{"idp":{{ZitadelMockServer.ProviderJson("1").ToJsonString()}}}""");
        _mock.Json("POST", "/admin/v1/idps/templates/_search", ZitadelMockServer.Page([], 0));
        using var client = _mock.CreateClient(o => { o.Token = null; o.ServiceAccountKey = Key(); o.TimeProvider = _time; });

        await client.Organization.GetProviderAsync("1");
        await client.Instance.ListProvidersPageAsync();

        var api = _mock.Requests.Where(r => r.AbsolutePath != "/oauth/v2/token").ToList();
        api.Should().HaveCount(2);
        api.Should().OnlyContain(r => ZitadelMockServer.Header(r, "Authorization") == "Bearer access-1");
        TokenRequests().Should().ContainSingle();
    }

    [Fact]
    public void A_key_that_is_not_pem_is_rejected_without_quoting_it()
    {
        using var http = new HttpClient();
        var key = new ZitadelServiceAccountKey { KeyId = "1", Key = "not-a-pem-secret", UserId = "u" };

        var act = () => new ZitadelJwtProfileTokenProvider(key, new Uri("https://z.example.com"), http);

        act.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("not-a-pem-secret");
    }
}
