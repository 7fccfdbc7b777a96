using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace IdentityProviders.Emulator.Tests.Zitadel;

/// <summary>Starts a fresh emulator per test and raw HTTP clients for its Zitadel API.</summary>
public abstract class ZitadelEmulatorTestBase : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    protected IdentityProviderEmulator Emulator { get; private set; } = null!;

    /// <summary>A client at the Zitadel base URL authenticated with the personal access token.</summary>
    protected HttpClient Zitadel { get; private set; } = null!;

    /// <summary>A client at the Zitadel base URL with no credentials.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    protected virtual void Configure(EmulatorOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { TimeProvider = Time };
        Configure(options);
        Emulator = await IdentityProviderEmulator.StartAsync(options);
        Zitadel = new HttpClient { BaseAddress = Emulator.Zitadel.BaseUrl };
        Zitadel.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.Zitadel.Token);
        Anonymous = new HttpClient { BaseAddress = Emulator.Zitadel.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        Zitadel.Dispose();
        Anonymous.Dispose();
        await Emulator.DisposeAsync();
    }

    protected async Task<(HttpResponseMessage Response, JsonNode Body)> SendAsync(HttpMethod method, string path, string? json = null, string? orgId = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (orgId is not null)
        {
            request.Headers.Add("x-zitadel-orgid", orgId);
        }

        var response = await (client ?? Zitadel).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text) ?? throw new InvalidOperationException("null JSON body"));
    }

    protected Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(string path, string json, string? orgId = null) => SendAsync(HttpMethod.Post, path, json, orgId);
}
