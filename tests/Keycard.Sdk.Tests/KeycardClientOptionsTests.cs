namespace Keycard.Sdk.Tests;

public sealed class KeycardClientOptionsTests
{
    private static readonly Uri Base = new("https://api.keycard.ai");

    private static KeycardClientCredentials Credentials(string endpoint = "https://zone.keycard.cloud/oauth/token", string id = "c", string secret = "s") =>
        new() { TokenEndpoint = new Uri(endpoint, UriKind.RelativeOrAbsolute), ClientId = id, ClientSecret = secret };

    [Fact]
    public void A_base_address_with_a_token_or_with_client_credentials_is_valid()
    {
        new KeycardClientOptions { BaseAddress = Base, Token = "t" }.Validate().Should().BeEmpty();
        new KeycardClientOptions { BaseAddress = Base, ClientCredentials = Credentials() }.Validate().Should().BeEmpty();
    }

    public static TheoryData<string, KeycardClientOptions, string[]> InvalidOptions() => new()
    {
        { "nothing", new KeycardClientOptions(), ["BaseAddress is required.", "Give exactly one of Token or ClientCredentials."] },
        { "blank token", new KeycardClientOptions { BaseAddress = Base, Token = "  " }, ["Give exactly one of Token or ClientCredentials."] },
        { "both", new KeycardClientOptions { BaseAddress = Base, Token = "t", ClientCredentials = Credentials() }, ["Give exactly one of Token or ClientCredentials."] },
        { "relative base", new KeycardClientOptions { BaseAddress = new Uri("/v1", UriKind.Relative), Token = "t" }, ["BaseAddress must be an absolute http(s) URL."] },
        { "ftp base", new KeycardClientOptions { BaseAddress = new Uri("ftp://keycard.ai"), Token = "t" }, ["BaseAddress must be an absolute http(s) URL."] },
        { "no secret", new KeycardClientOptions { BaseAddress = Base, ClientCredentials = Credentials(secret: " ") }, ["ClientCredentials.ClientId and ClientCredentials.ClientSecret are required."] },
        { "no client id", new KeycardClientOptions { BaseAddress = Base, ClientCredentials = Credentials(id: "") }, ["ClientCredentials.ClientId and ClientCredentials.ClientSecret are required."] },
        { "relative token endpoint", new KeycardClientOptions { BaseAddress = Base, ClientCredentials = Credentials(endpoint: "/oauth/token") }, ["ClientCredentials.TokenEndpoint must be an absolute URL."] },
        { "zero timeout", new KeycardClientOptions { BaseAddress = Base, Token = "t", Timeout = TimeSpan.Zero }, ["Timeout must be positive."] },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_names_every_problem(string because, KeycardClientOptions options, string[] problems)
    {
        options.Validate().Should().Equal(problems, because);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void The_client_constructor_rejects_invalid_options(string because, KeycardClientOptions options, string[] problems)
    {
        var act = () => new KeycardClient(options);

        var error = act.Should().ThrowExactly<ArgumentException>(because).Which;
        error.ParamName.Should().Be("options");
        error.Message.Should().StartWith("KeycardClientOptions is invalid: " + string.Join(" ", problems));
    }

    [Fact]
    public void The_client_constructor_rejects_null_options()
    {
        var act = () => new KeycardClient(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new KeycardClientOptions();

        options.Timeout.Should().Be(TimeSpan.FromSeconds(100));
        options.Retry.MaxRetries.Should().Be(3);
        options.LogBodies.Should().BeFalse();
        options.TimeProvider.Should().BeSameAs(TimeProvider.System);
        options.Pagination.MaxPages.Should().Be(10_000);
    }
}
