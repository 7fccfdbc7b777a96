using System.Text.Json;
using IdentityProviders.Sdk;
using IdentityProviders.Sdk.Json;
using Microsoft.Extensions.Logging;
using Zitadel.Sdk.Json;
using Zitadel.Sdk.Models;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>Client secrets, bind passwords, private keys, SAML metadata, tokens and key files never show.</summary>
public sealed class SecretRedactionTests : IDisposable
{
    private readonly ZitadelMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public void Request_ToString_redacts_every_secret_field()
    {
        var texts = new object[]
        {
            new AddLdapProviderRequest { Name = "l", BindPassword = "ldap-bind-secret-1" },
            new UpdateLdapProviderRequest { BindPassword = "ldap-bind-secret-1" },
            new AddGenericOidcProviderRequest { ClientSecret = "ldap-bind-secret-1" },
            new UpdateAzureADProviderRequest { ClientSecret = "ldap-bind-secret-1" },
            new AddAppleProviderRequest { PrivateKey = "ldap-bind-secret-1"u8.ToArray() },
            new AddSamlProviderRequest { MetadataXml = "ldap-bind-secret-1"u8.ToArray() },
            new MigrateGenericOidcProviderRequest { Google = new AddGoogleProviderRequest { ClientSecret = "ldap-bind-secret-1" } },
            new SamlConfig { MetadataXml = "ldap-bind-secret-1"u8.ToArray() },
#pragma warning disable CS0618
            new AddOidcIdpRequest { ClientSecret = "ldap-bind-secret-1" },
            new UpdateIdpOidcConfigRequest { ClientSecret = "ldap-bind-secret-1" },
#pragma warning restore CS0618
        }.Select(o => o.ToString()!).ToList();

        foreach (var text in texts)
        {
            text.Should().NotContain("ldap-bind-secret-1").And.NotContain(Convert.ToBase64String("ldap-bind-secret-1"u8.ToArray())).And.Contain(SecretRedactor.Mask);
        }

        texts[0].Should().StartWith("AddLdapProviderRequest {").And.Contain("\"name\":\"l\"");
    }

    [Fact]
    public void Options_key_and_token_provider_ToString_hide_credentials()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var key = new ZitadelServiceAccountKey { Type = "serviceaccount", KeyId = "k1", Key = rsa.ExportRSAPrivateKeyPem(), UserId = "u1" };
        var options = new ZitadelClientOptions { BaseAddress = new Uri("https://z.example.com"), Token = "pat-secret-value", ServiceAccountKey = key };
        using var http = new HttpClient();
        using var provider = new ZitadelJwtProfileTokenProvider(key, new Uri("https://z.example.com"), http);

        foreach (var text in new[] { options.ToString(), key.ToString(), provider.ToString() })
        {
            text.Should().NotContain("pat-secret-value").And.NotContain("PRIVATE KEY").And.NotContain(key.Key[40..80]);
        }
    }

    [Fact]
    public async Task Logs_with_bodies_and_vendor_json_redact_secrets()
    {
        _mock.Json("POST", "/management/v1/idps/generic_oidc", """{"id":"1"}""");
        _mock.Json("GET", "/management/v1/idps/templates/1", """{"idp":{"id":"1","type":"PROVIDER_TYPE_SAML","config":{"saml":{"metadataXml":"c2VjcmV0LW1ldGFkYXRh"},"future":{"clientSecret":"future-secret-9"}}}}""");
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var client = _mock.CreateClient(o => { o.LoggerFactory = factory; o.LogBodies = true; });

        await client.Organization.AddGenericOidcProviderAsync(new AddGenericOidcProviderRequest { Name = "o", Issuer = "https://i", ClientId = "c", ClientSecret = "oidc-secret-in-log" });
        var info = await client.AsIdentityProviderClient().GetAsync("1");

        logs.Messages.Should().NotBeEmpty();
        string.Join("\n", logs.Messages).Should().NotContain("oidc-secret-in-log").And.NotContain(ZitadelMockServer.Token).And.NotContain("c2VjcmV0LW1ldGFkYXRh");
        var json = SecretRedactor.Redact(info.GetVendorJson()).GetRawText();
        json.Should().NotContain("c2VjcmV0LW1ldGFkYXRh").And.NotContain("future-secret-9");
    }

    [Fact]
    public async Task Error_messages_never_include_the_request_or_response_body()
    {
        _mock.Json("POST", "/admin/v1/idps/ldap", """{"code":3,"message":"invalid","details":[],"echo":"ldap-secret-echo"}""", 400);
        using var client = _mock.CreateClient();

        var error = (await ((Func<Task>)(() => client.Instance.AddLdapProviderAsync(new AddLdapProviderRequest { Name = "l", BaseDn = "b", BindDn = "d", BindPassword = "ldap-secret-echo", UserBase = "u" })))
            .Should().ThrowAsync<IdentityProviderBadRequestException>()).Which;

        error.ToString().Should().NotContain("ldap-secret-echo");
    }

    [Fact]
    public void Key_file_parse_errors_never_quote_the_key()
    {
        var act = () => ZitadelServiceAccountKey.Parse("""{"type":"serviceaccount","keyId":"1","key":"-----BEGIN RSA PRIVATE KEY-----secretpem","userId":""");

        act.Should().Throw<FormatException>().Which.Message.Should().NotContain("secretpem");
        ((Action)(() => ZitadelServiceAccountKey.Parse("""{"keyId":"1","key":"k"}"""))).Should().Throw<FormatException>().Which.Message.Should().Contain("userId");
        var valid = ZitadelServiceAccountKey.Parse("""{"type":"application","keyId":"1","key":"k","appId":"a","clientId":"c"}""");
        valid.Subject.Should().Be("c");
        JsonSerializer.Serialize(valid, ZitadelJsonContext.Default.ZitadelServiceAccountKey).Should().Contain("\"clientId\":\"c\"");
    }
}
