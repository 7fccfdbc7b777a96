using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cloudflare.Access.Sdk;
using IdentityProviders.Sdk;
using Keycard.Sdk;
using Waldur.Sdk;
using Zitadel.Sdk;

namespace IdentityProviders.Emulator.Tests.Common;

/// <summary>The emulator's per-vendor rate limit, and the SDK clients backing off from it until they finish.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_beyond_the_limit_get_429_with_retry_after_in_the_vendors_error_format()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { RateLimit = new EmulatorRateLimit(2, TimeSpan.FromMinutes(1)) });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.Keycard.Token);
        var keycardList = new Uri(emulator.Keycard.BaseUrl, $"zones/{emulator.Keycard.ZoneId}/providers");

        (await http.GetAsync(keycardList)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync(keycardList)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var limited = await http.GetAsync(keycardList);

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        using (var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()))
        {
            body.RootElement.GetProperty("code").GetString().Should().NotBeNullOrEmpty();
            body.RootElement.GetProperty("message").GetString().Should().Contain("rate limit of 2 requests");
        }

        // Each vendor has its own window: Cloudflare is still allowed.
        using var cloudflare = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.Cloudflare.BaseUrl, $"accounts/{emulator.Cloudflare.AccountId}/access/identity_providers"));
        cloudflare.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.Cloudflare.ApiToken);
        (await http.SendAsync(cloudflare)).StatusCode.Should().Be(HttpStatusCode.OK);
        emulator.RateLimitedCount.Should().Be(1);
    }

    [Fact]
    public async Task Every_vendor_client_backs_off_honours_retry_after_and_finishes_the_listing()
    {
        // Cloudflare's 1,200 requests / 5 minutes scaled down 240x: 5 requests per 1.25 seconds, per vendor.
        var limit = EmulatorRateLimit.Cloudflare.ScaledDown(240);
        await using var emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions
        {
            RateLimit = limit,
            KeycardSeedCount = 100,
            CloudflareSeedCount = 100,
            ZitadelSeedCount = 100,
            WaldurSeedCount = 100,
        });
        using var keycard = new KeycardClient(new KeycardClientOptions { BaseAddress = emulator.Keycard.BaseUrl, Token = emulator.Keycard.Token, ZoneId = emulator.Keycard.ZoneId });
        using var cloudflare = new CloudflareAccessClient(new CloudflareAccessClientOptions { BaseAddress = emulator.Cloudflare.BaseUrl, ApiToken = emulator.Cloudflare.ApiToken });
        using var zitadel = new ZitadelClient(new ZitadelClientOptions { BaseAddress = emulator.Zitadel.BaseUrl, Token = emulator.Zitadel.Token });
        using var waldur = new WaldurClient(new WaldurClientOptions { BaseAddress = emulator.Waldur.BaseUrl, Token = emulator.Waldur.Token });
        IIdentityProviderClient[] clients =
        [
            keycard.AsIdentityProviderClient(),
            cloudflare.AsIdentityProviderClient(CloudflareScope.Account(emulator.Cloudflare.AccountId)),
            zitadel.AsIdentityProviderClient(),
            waldur.AsIdentityProviderClient(),
        ];

        // 10 per page: 10+ pages per vendor in a burst, so every vendor passes its limit of 5 per window.
        var listings = await Task.WhenAll(clients.Select(async client =>
        {
            var ids = new List<string>();
            await foreach (var page in client.ListAsync().AsPages(pageSizeHint: 10))
            {
                ids.AddRange(page.Values.Select(v => v.Id));
            }

            return (client.Vendor, Ids: ids);
        }));

        foreach (var (vendor, ids) in listings)
        {
            ids.Should().OnlyHaveUniqueItems(vendor);
            ids.Count.Should().BeGreaterThanOrEqualTo(100, vendor);
        }

        emulator.RateLimitedCount.Should().BeGreaterThanOrEqualTo(4, "each vendor was throttled at least once");
    }

    [Fact]
    public async Task An_invalid_limit_is_refused_at_start()
    {
        var start = () => IdentityProviderEmulator.StartAsync(new EmulatorOptions { RateLimit = new EmulatorRateLimit(0, TimeSpan.FromSeconds(1)) });

        await start.Should().ThrowAsync<ArgumentOutOfRangeException>().WithMessage("*RateLimit.PermitLimit*");
    }
}
