using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace IdentityProviders.Emulator.Tests;

/// <summary>Starts a fresh emulator per test (xunit creates one class instance per test) and a client for Keycard.</summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, 123, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    protected IdentityProviderEmulator Emulator { get; private set; } = null!;

    /// <summary>A client whose base address is the Keycard base URL, authenticated with the static token.</summary>
    protected HttpClient Keycard { get; private set; } = null!;

    /// <summary>A client with the same base address and no credentials.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    protected string Zone => Emulator.Keycard.ZoneId;

    protected string Providers => $"zones/{Zone}/providers";

    protected virtual void Configure(EmulatorOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { TimeProvider = Time };
        Configure(options);
        Emulator = await IdentityProviderEmulator.StartAsync(options);
        Keycard = new HttpClient { BaseAddress = Emulator.Keycard.BaseUrl };
        Keycard.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.Keycard.Token);
        Anonymous = new HttpClient { BaseAddress = Emulator.Keycard.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        Keycard.Dispose();
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
        var response = await (client ?? Keycard).GetAsync(path);
        return (response, await ReadJsonAsync(response));
    }

    protected async Task<(HttpResponseMessage Response, JsonNode Body)> SendJsonAsync(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        var response = await Keycard.SendAsync(request);
        return (response, await ReadJsonAsync(response));
    }

    protected Task<(HttpResponseMessage Response, JsonNode Body)> CreateAsync(string json) =>
        SendJsonAsync(HttpMethod.Post, Providers, json);

    protected Task<(HttpResponseMessage Response, JsonNode Body)> PatchAsync(string id, string json) =>
        SendJsonAsync(HttpMethod.Patch, $"{Providers}/{id}", json);

    /// <summary>Asserts Keycard's error shape and returns the message.</summary>
    protected static string ShouldBeKeycardError(JsonNode body, int status, string code)
    {
        body["status"]!.GetValue<int>().Should().Be(status);
        body["code"]!.GetValue<string>().Should().Be(code);
        var message = body["message"]!.GetValue<string>();
        message.Should().NotBeNullOrWhiteSpace();
        return message;
    }
}
