using Zitadel.Sdk.Models;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>Invalid arguments fail before anything is sent.</summary>
public sealed class ValidationTests : IDisposable
{
    private readonly ZitadelMockServer _mock = new();

    public ValidationTests() => _mock.Any("{}");

    public void Dispose() => _mock.Dispose();

    public static TheoryData<string> Cases() =>
    [
        "get-empty-id", "get-long-id", "delete-whitespace-id", "ldap-missing-bind-password", "ldap-long-name", "oidc-missing-issuer", "google-missing-client-secret",
        "apple-short-team-id", "apple-empty-private-key", "jwt-missing-header", "update-missing-id", "migrate-both", "migrate-none", "page-size-zero", "page-size-too-big",
        "query-two-filters", "query-none", "query-long-name", "instance-owner-query", "org-id-empty", "legacy-oidc-missing-name",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Invalid_arguments_throw_and_send_nothing(string name)
    {
        using var client = _mock.CreateClient();
        var org = client.Organization;
        Func<Task> act = name switch
        {
            "get-empty-id" => () => org.GetProviderAsync(""),
            "get-long-id" => () => org.GetProviderAsync(new string('1', 201)),
            "delete-whitespace-id" => () => org.DeleteProviderAsync("  "),
            "ldap-missing-bind-password" => () => org.AddLdapProviderAsync(new AddLdapProviderRequest { Name = "l", BaseDn = "b", BindDn = "d", UserBase = "u" }),
            "ldap-long-name" => () => org.AddLdapProviderAsync(new AddLdapProviderRequest { Name = new string('n', 201), BaseDn = "b", BindDn = "d", BindPassword = "p", UserBase = "u" }),
            "oidc-missing-issuer" => () => org.AddGenericOidcProviderAsync(new AddGenericOidcProviderRequest { Name = "o", ClientId = "c", ClientSecret = "s" }),
            "google-missing-client-secret" => () => org.AddGoogleProviderAsync(new AddGoogleProviderRequest { ClientId = "c" }),
            "apple-short-team-id" => () => org.AddAppleProviderAsync(new AddAppleProviderRequest { ClientId = "c", TeamId = "short", KeyId = "OGKDK25KD0", PrivateKey = [1] }),
            "apple-empty-private-key" => () => org.AddAppleProviderAsync(new AddAppleProviderRequest { ClientId = "c", TeamId = "ALT03JV3OS", KeyId = "OGKDK25KD0", PrivateKey = [] }),
            "jwt-missing-header" => () => org.AddJwtProviderAsync(new AddJwtProviderRequest { Name = "j", Issuer = "i", JwtEndpoint = "e", KeysEndpoint = "k" }),
            "update-missing-id" => () => org.UpdateGitHubProviderAsync("", new UpdateGitHubProviderRequest { ClientId = "c" }),
            "migrate-both" => () => org.MigrateGenericOidcProviderAsync("1", new MigrateGenericOidcProviderRequest { Google = new() { ClientId = "c", ClientSecret = "s" }, Azure = new() { Name = "a", ClientId = "c", ClientSecret = "s" } }),
            "migrate-none" => () => org.MigrateGenericOidcProviderAsync("1", new MigrateGenericOidcProviderRequest()),
            "page-size-zero" => async () => await org.ListProvidersAsync(new ListProvidersOptions { PageSize = 0 }).ToListAsync(),
            "page-size-too-big" => () => org.ListProvidersPageAsync(new ListProvidersRequest { Query = new ListQuery { Limit = 1001 } }),
            "query-two-filters" => async () => await org.ListProvidersAsync(new ListProvidersOptions { Queries = [new ProviderQuery { IdpIdQuery = new() { Id = "1" }, IdpNameQuery = new() { Name = "n" } }] }).ToListAsync(),
            "query-none" => () => org.ListProvidersPageAsync(new ListProvidersRequest { Queries = [new ProviderQuery()] }),
            "query-long-name" => () => org.ListProvidersPageAsync(new ListProvidersRequest { Queries = [ProviderQuery.ByName(new string('n', 201))] }),
            "instance-owner-query" => async () => await client.Instance.ListProvidersAsync(new ListProvidersOptions { Queries = [ProviderQuery.ByOwnerType(IdpOwnerType.System)] }).ToListAsync(),
            "org-id-empty" => () => client.ForOrganization("").GetProviderAsync("1"),
#pragma warning disable CS0618
            "legacy-oidc-missing-name" => () => org.AddOidcIdpAsync(new AddOidcIdpRequest { ClientId = "c", ClientSecret = "s", Issuer = "i" }),
#pragma warning restore CS0618
            _ => throw new InvalidOperationException(name),
        };

        await act.Should().ThrowAsync<ArgumentException>();
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Null_requests_throw_argument_null()
    {
        using var client = _mock.CreateClient();

        await ((Func<Task>)(() => client.Organization.AddSamlProviderAsync(null!))).Should().ThrowAsync<ArgumentNullException>();
        await ((Func<Task>)(() => client.Instance.UpdateSamlProviderAsync("1", null!))).Should().ThrowAsync<ArgumentNullException>();
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Options_report_every_problem()
    {
        var options = new ZitadelClientOptions
        {
            BaseAddress = new Uri("ftp://x"),
            Token = "t",
            ServiceAccountKey = new ZitadelServiceAccountKey { KeyId = "", Key = "" },
            Issuer = new Uri("/relative", UriKind.Relative),
            AssertionLifetime = TimeSpan.FromHours(2),
            OrganizationId = "",
            Level = (ZitadelLevel)7,
        };

        var problems = options.Validate().ToList();

        problems.Should().HaveCount(7);
        var act = () => new ZitadelClient(options);
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("exactly one of Token");
        new ZitadelClientOptions { BaseAddress = new Uri("https://z.example.com"), Token = "t" }.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Instance_level_client_takes_no_organization()
    {
        using var client = _mock.CreateClient();

        var act = () => client.AsIdentityProviderClient(ZitadelLevel.Instance, "123");

        act.Should().Throw<ArgumentException>();
        client.Instance.OrganizationId.Should().BeNull();
        client.Instance.Level.Should().Be(ZitadelLevel.Instance);
    }
}
