using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Cloudflare;

/// <summary>Starts a fresh emulator per test and raw HTTP clients for its Cloudflare API.</summary>
public abstract class CloudflareEmulatorTestBase : IAsyncLifetime
{
    protected IdentityProviderEmulator Emulator { get; private set; } = null!;

    /// <summary>A client at the Cloudflare base URL authenticated with the API token.</summary>
    protected HttpClient Cloudflare { get; private set; } = null!;

    /// <summary>A client at the Cloudflare base URL with no credentials.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    protected string AccountPath => $"accounts/{Emulator.Cloudflare.AccountId}/access/identity_providers";

    protected string ZonePath => $"zones/{Emulator.Cloudflare.ZoneId}/access/identity_providers";

    protected string PathOf(string scope) => scope == "zone" ? ZonePath : AccountPath;

    protected virtual void Configure(EmulatorOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions();
        Configure(options);
        Emulator = await IdentityProviderEmulator.StartAsync(options);
        Cloudflare = new HttpClient { BaseAddress = Emulator.Cloudflare.BaseUrl };
        Cloudflare.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.Cloudflare.ApiToken);
        Anonymous = new HttpClient { BaseAddress = Emulator.Cloudflare.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        Cloudflare.Dispose();
        Anonymous.Dispose();
        await Emulator.DisposeAsync();
    }

    protected static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("null JSON body");
    }

    protected async Task<(HttpResponseMessage Response, JsonNode Body)> GetAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Cloudflare).GetAsync(path);
        return (response, await ReadJsonAsync(response));
    }

    protected async Task<(HttpResponseMessage Response, JsonNode Body)> SendJsonAsync(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        var response = await Cloudflare.SendAsync(request);
        return (response, await ReadJsonAsync(response));
    }

    /// <summary>Asserts a V4 success envelope and returns its result.</summary>
    protected static JsonNode ShouldBeSuccess(JsonNode body)
    {
        body["success"]!.GetValue<bool>().Should().BeTrue();
        body["errors"]!.AsArray().Should().BeEmpty();
        body["messages"]!.AsArray().Should().BeEmpty();
        return body["result"]!;
    }

    /// <summary>Asserts a V4 failure envelope with one error and returns its message.</summary>
    protected static string ShouldBeFailure(JsonNode body, int code)
    {
        body["success"]!.GetValue<bool>().Should().BeFalse();
        body["result"].Should().BeNull();
        body["messages"]!.AsArray().Should().BeEmpty();
        var error = body["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["code"]!.GetValue<int>().Should().Be(code);
        var message = error["message"]!.GetValue<string>();
        message.Should().NotBeNullOrWhiteSpace();
        return message;
    }
}
