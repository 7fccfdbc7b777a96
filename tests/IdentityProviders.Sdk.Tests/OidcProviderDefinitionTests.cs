using System.Text.Json;

namespace IdentityProviders.Sdk.Tests;

public sealed class OidcProviderDefinitionTests
{
    private static OidcProviderDefinition Valid() => new()
    {
        Name = "Okta",
        Issuer = "https://acme.okta.com",
        ClientId = "client-1",
        ClientSecret = "s3cret-value",
        Scopes = ["openid", "email"],
        AuthorizationEndpoint = "https://acme.okta.com/authorize",
        TokenEndpoint = "https://acme.okta.com/token",
        JwksUri = "https://acme.okta.com/keys",
    };

    private static IdentityProviderInfo Info(ProtocolFamily protocol, string? clientId = "client-1") =>
        new("keycard", "prv_1", "Okta", new object())
        {
            Protocol = protocol,
            Issuer = "https://acme.okta.com",
            ClientId = clientId,
            Scopes = ["openid"],
            AuthorizationEndpoint = "https://acme.okta.com/authorize",
            TokenEndpoint = "https://acme.okta.com/token",
            UserInfoEndpoint = "https://acme.okta.com/userinfo",
            JwksUri = "https://acme.okta.com/keys",
            PkceEnabled = true,
        };

    [Fact]
    public void A_complete_definition_passes_every_vendor_requirement() =>
        Valid().Invoking(d => d.Validate("x", ["Issuer", "AuthorizationEndpoint", "TokenEndpoint", "JwksUri", "ClientSecret"])).Should().NotThrow();

    [Theory]
    [InlineData("Issuer")]
    [InlineData("AuthorizationEndpoint")]
    [InlineData("TokenEndpoint")]
    [InlineData("JwksUri")]
    [InlineData("UserInfoEndpoint")]
    public void A_required_field_that_is_missing_names_the_field(string field)
    {
        var definition = field switch
        {
            "Issuer" => Valid() with { Issuer = null },
            "AuthorizationEndpoint" => Valid() with { AuthorizationEndpoint = null },
            "TokenEndpoint" => Valid() with { TokenEndpoint = null },
            "JwksUri" => Valid() with { JwksUri = null },
            _ => Valid() with { UserInfoEndpoint = null },
        };

        definition.Invoking(d => d.Validate("cloudflare", [field])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "definition." + field && e.Message.StartsWith($"cloudflare needs {field}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_secret_is_refused_only_where_required()
    {
        var definition = Valid() with { ClientSecret = null };

        definition.Invoking(d => d.Validate("keycard", ["Issuer"])).Should().NotThrow();
        definition.Invoking(d => d.Validate("zitadel", ["ClientSecret"])).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "definition.ClientSecret");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://acme.example/")]
    [InlineData("/relative")]
    public void A_url_that_is_not_absolute_http_is_refused(string url) =>
        (Valid() with { TokenEndpoint = url }).Invoking(d => d.Validate("x")).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "definition.TokenEndpoint" && e.Message.Contains(url, StringComparison.Ordinal));

    [Theory]
    [InlineData("", "Name")]
    [InlineData(" ", "Name")]
    public void A_blank_name_is_refused(string name, string field) =>
        (Valid() with { Name = name }).Invoking(d => d.Validate("x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "definition." + field);

    [Fact]
    public void Limits_on_name_client_id_and_scopes_are_enforced()
    {
        (Valid() with { Name = new string('n', OidcProviderDefinition.MaxNameLength + 1) }).Invoking(d => d.Validate("x"))
            .Should().Throw<ArgumentException>().WithMessage($"*limit is {OidcProviderDefinition.MaxNameLength}*");
        (Valid() with { ClientId = "" }).Invoking(d => d.Validate("x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "definition.ClientId");
        (Valid() with { Scopes = ["openid email"] }).Invoking(d => d.Validate("x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "definition.Scopes");
    }

    [Fact]
    public void ToString_never_shows_the_secret()
    {
        var text = Valid().ToString();

        text.Should().NotContain("s3cret-value").And.Contain("***REDACTED***").And.Contain("client-1");
    }

    [Fact]
    public void FromProvider_maps_every_normalized_oidc_field_and_takes_the_secret_separately()
    {
        var definition = OidcProviderDefinition.FromProvider(Info(ProtocolFamily.Oidc), "given-secret");

        definition.Should().BeEquivalentTo(new OidcProviderDefinition
        {
            Name = "Okta",
            Issuer = "https://acme.okta.com",
            ClientId = "client-1",
            ClientSecret = "given-secret",
            Scopes = ["openid"],
            AuthorizationEndpoint = "https://acme.okta.com/authorize",
            TokenEndpoint = "https://acme.okta.com/token",
            UserInfoEndpoint = "https://acme.okta.com/userinfo",
            JwksUri = "https://acme.okta.com/keys",
            UsePkce = true,
        });
        OidcProviderDefinition.FromProvider(Info(ProtocolFamily.OAuth2)).ClientSecret.Should().BeNull();
    }

    [Fact]
    public void FromProvider_refuses_other_protocols_and_providers_without_a_client_id()
    {
        FluentActions.Invoking(() => OidcProviderDefinition.FromProvider(Info(ProtocolFamily.Saml))).Should().Throw<ArgumentException>()
            .WithMessage("*uses saml; only OIDC and OAuth 2.0 providers can be copied*");
        FluentActions.Invoking(() => OidcProviderDefinition.FromProvider(Info(ProtocolFamily.Oidc, clientId: " "))).Should().Throw<ArgumentException>()
            .WithMessage("*has no client id*");
    }

    [Fact]
    public void CollectEndpoints_skips_blanks_and_duplicates_in_order() =>
        IdentityProviderInfo.CollectEndpoints(["https://a", null, " ", "https://b", "https://a"]).Should().Equal("https://a", "https://b");

    [Fact]
    public void The_preview_redacts_the_secret_for_display()
    {
        using var body = JsonDocument.Parse("""{"name":"x","client_secret":"s3cret-value","config":{"clientSecret":"s3cret-value"}}""");
        var preview = new IdentityProviderRequestPreview("POST", "providers", body.RootElement.Clone());

        preview.GetRedactedBody().GetRawText().Should().NotContain("s3cret-value");
        preview.ToString().Should().Be("POST providers");
    }

    [Fact]
    public async Task A_client_written_against_the_first_release_reports_no_capabilities_and_refuses_the_new_members()
    {
        IIdentityProviderClient client = new FirstReleaseClient();

        client.Capabilities.Should().BeSameAs(IdentityProviderCapabilities.None);
        client.Capabilities.CanCreateOidc.Should().BeFalse();
        client.Invoking(c => c.PreviewCreateOidc(Valid())).Should().Throw<NotSupportedException>().WithMessage("legacy does not support*");
        await client.Invoking(c => c.CreateOidcAsync(Valid())).Should().ThrowAsync<NotSupportedException>();
        await client.Invoking(c => c.DeleteAsync("x")).Should().ThrowAsync<NotSupportedException>();
    }

    private sealed class FirstReleaseClient : IIdentityProviderClient
    {
        public string Vendor => "legacy";

        public AsyncPageable<IdentityProviderInfo> ListAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();

        public Task<IdentityProviderInfo> GetAsync(string id, CancellationToken cancellationToken = default) => throw new NotImplementedException();
    }
}
