using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Tests.Waldur;

/// <summary>Starts a fresh emulator per test and raw HTTP clients for its Waldur API.</summary>
public abstract class WaldurEmulatorTestBase : IAsyncLifetime
{
    protected const string Collection = "api/identity-providers/";

    protected IdentityProviderEmulator Emulator { get; private set; } = null!;

    /// <summary>A client at the Waldur base URL authenticated with <c>Token &lt;key&gt;</c>.</summary>
    protected HttpClient Waldur { get; private set; } = null!;

    /// <summary>A client at the Waldur base URL with no credentials.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    protected virtual void Configure(EmulatorOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions();
        Configure(options);
        Emulator = await IdentityProviderEmulator.StartAsync(options);
        Waldur = new HttpClient { BaseAddress = Emulator.Waldur.BaseUrl };
        Waldur.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", Emulator.Waldur.Token);
        Anonymous = new HttpClient { BaseAddress = Emulator.Waldur.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        Waldur.Dispose();
        Anonymous.Dispose();
        await Emulator.DisposeAsync();
    }

    protected static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    protected async Task<(HttpResponseMessage Response, JsonNode Body)> GetAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Waldur).GetAsync(path);
        return (response, (await ReadJsonAsync(response))!);
    }

    protected async Task<(HttpResponseMessage Response, JsonNode Body)> SendJsonAsync(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        var response = await Waldur.SendAsync(request);
        return (response, (await ReadJsonAsync(response))!);
    }

    protected static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new InvalidOperationException($"no {name} header");

    protected static string Body(string name) => new JsonObject
    {
        ["provider"] = name,
        ["client_id"] = "client-" + name,
        ["client_secret"] = "secret-" + name,
        ["discovery_url"] = $"https://{name.Replace('/', '-')}.example.org/realms/w/.well-known/openid-configuration",
        ["label"] = "Label " + name,
    }.ToJsonString();
}
