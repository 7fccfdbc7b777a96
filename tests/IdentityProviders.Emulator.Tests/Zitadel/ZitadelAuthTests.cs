using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Zitadel;

public sealed class ZitadelAuthTests : ZitadelEmulatorTestBase
{
    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private string Assertion(RSA key, string? kid = null, string? sub = null, string? aud = null, DateTimeOffset? iat = null, TimeSpan? lifetime = null)
    {
        var keyFile = JsonNode.Parse(Emulator.Zitadel.KeyFileJson)!;
        var now = iat ?? Time.GetUtcNow();
        var header = B64(Encoding.UTF8.GetBytes(new JsonObject { ["alg"] = "RS256", ["kid"] = kid ?? keyFile["keyId"]!.GetValue<string>(), ["typ"] = "JWT" }.ToJsonString()));
        var user = sub ?? keyFile["userId"]!.GetValue<string>();
        var payload = B64(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["iss"] = user,
            ["sub"] = user,
            ["aud"] = aud ?? Emulator.Zitadel.Issuer,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + (lifetime ?? TimeSpan.FromHours(1))).ToUnixTimeSeconds(),
        }.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + B64(signature);
    }

    private RSA KeyFileKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(JsonNode.Parse(Emulator.Zitadel.KeyFileJson)!["key"]!.GetValue<string>());
        return rsa;
    }

    private async Task<(HttpResponseMessage Response, JsonNode Body)> TokenAsync(string assertion, string grant = "urn:ietf:params:oauth:grant-type:jwt-bearer")
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = grant, ["scope"] = "openid urn:zitadel:iam:org:project:id:zitadel:aud", ["assertion"] = assertion });
        var response = await Anonymous.PostAsync(Emulator.Zitadel.TokenEndpoint, content);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task A_valid_assertion_gets_a_token_that_the_api_accepts()
    {
        using var key = KeyFileKey();

        var (response, body) = await TokenAsync(Assertion(key));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body["token_type"]!.GetValue<string>().Should().Be("Bearer");
        body["expires_in"]!.GetValue<int>().Should().Be(43200);
        Emulator.ZitadelTokensIssued.Should().Be(1);
        using var client = new HttpClient { BaseAddress = Emulator.Zitadel.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", body["access_token"]!.GetValue<string>());
        var (list, _) = await SendAsync(HttpMethod.Post, "admin/v1/idps/templates/_search", "{}", client: client);
        list.StatusCode.Should().Be(HttpStatusCode.OK);

        Time.Advance(TimeSpan.FromHours(13));
        var (expired, expiredBody) = await SendAsync(HttpMethod.Post, "admin/v1/idps/templates/_search", "{}", client: client);
        expired.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        expiredBody["code"]!.GetValue<int>().Should().Be(16);
    }

    [Fact]
    public async Task Bad_assertions_are_invalid_grants()
    {
        using var key = KeyFileKey();
        using var other = RSA.Create(2048);
        var cases = new[]
        {
            Assertion(other),
            Assertion(key, kid: "other-key"),
            Assertion(key, sub: "someone-else"),
            Assertion(key, aud: "https://elsewhere.example.com"),
            Assertion(key, iat: Time.GetUtcNow().AddHours(-3)),
            Assertion(key, iat: Time.GetUtcNow().AddMinutes(10)),
            Assertion(key, lifetime: TimeSpan.FromHours(5)),
            "not.a.jwt",
        };

        foreach (var assertion in cases)
        {
            var (response, body) = await TokenAsync(assertion);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            body["error"]!.GetValue<string>().Should().Be("invalid_grant");
        }

        var (grant, grantBody) = await TokenAsync(Assertion(key), "client_credentials");
        grant.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        grantBody["error"]!.GetValue<string>().Should().Be("unsupported_grant_type");
        Emulator.ZitadelTokensIssued.Should().Be(0);
    }

    [Fact]
    public async Task Requests_without_a_valid_token_are_unauthenticated()
    {
        var (missing, missingBody) = await SendAsync(HttpMethod.Post, "management/v1/idps/templates/_search", "{}", client: Anonymous);
        using var wrong = new HttpClient { BaseAddress = Emulator.Zitadel.BaseUrl };
        wrong.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "wrong");
        var (invalid, _) = await SendAsync(HttpMethod.Post, "management/v1/idps/templates/_search", "{}", client: wrong);

        missing.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        missingBody["code"]!.GetValue<int>().Should().Be(16);
        invalid.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void The_key_file_is_a_zitadel_service_account_key()
    {
        using var document = JsonDocument.Parse(Emulator.Zitadel.KeyFileJson);
        var root = document.RootElement;

        root.GetProperty("type").GetString().Should().Be("serviceaccount");
        root.GetProperty("keyId").GetString().Should().Be(Emulator.Zitadel.KeyId);
        root.GetProperty("userId").GetString().Should().Be(Emulator.Zitadel.ServiceUserId);
        root.GetProperty("key").GetString().Should().StartWith("-----BEGIN RSA PRIVATE KEY-----");
        Emulator.Zitadel.ToString().Should().NotContain("PRIVATE KEY").And.NotContain(Emulator.Zitadel.Token);
    }
}
