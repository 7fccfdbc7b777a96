using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IdentityProviders.Emulator.Tests;

public sealed class IdentityProviderEmulatorTests
{
    [Fact]
    public async Task Starts_on_an_ephemeral_loopback_port_and_describes_keycard()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();

        emulator.BaseAddress.Scheme.Should().Be("http");
        emulator.BaseAddress.Host.Should().Be("127.0.0.1");
        emulator.BaseAddress.Port.Should().BePositive();
        emulator.BaseAddress.AbsolutePath.Should().Be("/");

        var keycard = emulator.Keycard;
        keycard.BaseUrl.Should().Be(new Uri(emulator.BaseAddress, "keycard/"));
        keycard.TokenEndpoint.Should().Be(new Uri(emulator.BaseAddress, "keycard/oauth/token"));
        keycard.Token.Should().Be("keycard-emulator-token");
        keycard.ZoneId.Should().Be("zone_emulator");
        keycard.ClientId.Should().Be("emulator-client");
        keycard.ClientSecret.Should().Be("emulator-client-secret");
    }

    [Fact]
    public async Task Honours_custom_keycard_options()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions
        {
            Host = "localhost",
            KeycardToken = "custom-token",
            KeycardZoneId = "zone_custom",
            KeycardClientId = "custom-client",
            KeycardClientSecret = "custom-secret",
            KeycardSeedCount = 3,
        });
        using var client = new HttpClient { BaseAddress = emulator.Keycard.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "custom-token");

        var body = await client.GetStringAsync("zones/zone_custom/providers?expand=total_count");

        emulator.BaseAddress.Host.Should().Be("127.0.0.1");
        emulator.Keycard.ZoneId.Should().Be("zone_custom");
        body.Should().Contain("\"total_count\":3");
    }

    [Fact]
    public async Task Two_emulators_in_parallel_are_isolated()
    {
        var starts = await Task.WhenAll(IdentityProviderEmulator.StartAsync(), IdentityProviderEmulator.StartAsync());
        await using var first = starts[0];
        await using var second = starts[1];
        using var a = Client(first);
        using var b = Client(second);

        first.BaseAddress.Port.Should().NotBe(second.BaseAddress.Port);
        using var create = await a.PostAsync(
            "zones/zone_emulator/providers",
            new StringContent("""{"name":"Only In First","identifier":"https://first.example.com"}""", Encoding.UTF8, "application/json"));
        create.StatusCode.Should().Be(HttpStatusCode.OK);

        var inFirst = await a.GetStringAsync("zones/zone_emulator/providers?identifier=https://first.example.com");
        var inSecond = await b.GetStringAsync("zones/zone_emulator/providers?identifier=https://first.example.com");

        inFirst.Should().Contain("Only In First");
        inSecond.Should().Contain("\"items\":[]");
        first.RequestCount.Should().Be(2);
        second.RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task RequestCount_counts_every_request_including_failures()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = emulator.Keycard.BaseUrl };

        (await client.GetAsync("zones/zone_emulator/providers")).Dispose(); // 401
        (await client.GetAsync("nowhere")).Dispose(); // 404
        (await client.GetAsync(new Uri(emulator.BaseAddress, "/"))).Dispose(); // 404 outside any vendor

        emulator.RequestCount.Should().Be(3);
    }

    [Fact]
    public async Task Unknown_routes_under_keycard_answer_with_the_keycard_error_shape()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        using var client = Client(emulator);

        using var response = await client.GetAsync("zones/zone_emulator/unknown");
        using var wrongMethod = await client.PutAsync("zones/zone_emulator/providers/prv_x", new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"code\":\"not_found\"").And.Contain("\"status\":404");
        wrongMethod.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await wrongMethod.Content.ReadAsStringAsync()).Should().Contain("\"status\":405");
    }

    [Fact]
    public async Task Dispose_stops_the_server()
    {
        var emulator = await IdentityProviderEmulator.StartAsync();
        var address = emulator.Keycard.BaseUrl;

        await emulator.StopAsync();
        await emulator.DisposeAsync();
        await emulator.DisposeAsync(); // idempotent

        using var client = new HttpClient();
        var call = () => client.GetAsync(address);
        await call.Should().ThrowAsync<HttpRequestException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public async Task Rejects_an_out_of_range_port(int port)
    {
        var start = () => IdentityProviderEmulator.StartAsync(new EmulatorOptions { Port = port });
        await start.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Rejects_a_host_that_is_not_an_ip_address()
    {
        var start = () => IdentityProviderEmulator.StartAsync(new EmulatorOptions { Host = "example.com" });
        await start.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Rejects_a_port_that_is_in_use()
    {
        await using var first = await IdentityProviderEmulator.StartAsync();

        var start = () => IdentityProviderEmulator.StartAsync(new EmulatorOptions { Port = first.BaseAddress.Port });

        await start.Should().ThrowAsync<IOException>();
    }

    [Fact]
    public void KeycardEmulatorInfo_ToString_hides_the_credentials()
    {
        var info = new KeycardEmulatorInfo(
            new Uri("http://127.0.0.1:1/keycard/"), "the-token", "zone", new Uri("http://127.0.0.1:1/keycard/oauth/token"), "client", "the-secret");

        var text = info.ToString();

        text.Should().Contain("zone").And.Contain("client");
        text.Should().NotContain("the-token").And.NotContain("the-secret");
    }

    [Fact]
    public void Options_have_the_documented_defaults()
    {
        var options = new EmulatorOptions();

        options.Host.Should().Be("127.0.0.1");
        options.Port.Should().Be(0);
        options.KeycardSeedCount.Should().Be(25);
        options.KeycardAccessTokenLifetime.Should().Be(TimeSpan.FromMinutes(10));
        options.TimeProvider.Should().BeSameAs(TimeProvider.System);
        options.ConfigureLogging.Should().BeNull();
    }

    private static HttpClient Client(IdentityProviderEmulator emulator)
    {
        var client = new HttpClient { BaseAddress = emulator.Keycard.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.Keycard.Token);
        return client;
    }
}
