using Cloudflare.Access.Sdk.Models;
using Cloudflare.Access.Sdk.Tests.TestSupport;
using IdentityProviders.Testing;

namespace Cloudflare.Access.Sdk.Tests;

/// <summary>The Cloudflare Access SDK's activity source and meter, as a listing uses them.</summary>
public sealed class CloudflareTelemetryTests : IDisposable
{
    private readonly CloudflareMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public async Task A_listing_is_an_operation_activity_per_page_with_its_http_attempts()
    {
        CloudflareAccessClient.TelemetrySourceName.Should().Be("Cloudflare.Access.Sdk");
        CloudflareAccessClient.TelemetryMeterName.Should().Be("Cloudflare.Access.Sdk");
        var ids = Enumerable.Range(1, 3).Select(i => $"idp-{i}").ToList();
        _mock.PageJson(CloudflareMockServer.AccountPath, 1, CloudflareJson.Page(ids.Take(2), 1, 2, 3, 2));
        _mock.PageJson(CloudflareMockServer.AccountPath, 2, CloudflareJson.Page(ids.Skip(2), 2, 2, 3, 2));
        using var client = _mock.CreateClient();
        using var recorder = new TelemetryRecorder(CloudflareAccessClient.TelemetrySourceName);

        var seen = new List<string>();
        await foreach (var provider in client.IdentityProviders.ListAsync(CloudflareScope.Account(CloudflareMockServer.Account), new IdentityProviderListOptions { PerPage = 2 }))
        {
            seen.Add(provider.Id!);
        }

        seen.Should().Equal(ids);
        var operations = recorder.Activities.Where(a => a.DisplayName == "cloudflare identity_providers.list").ToList();
        operations.Select(a => a.GetTagItem("idp.page.item_count")).Should().Equal(2, 1);
        recorder.Activities.Where(a => a.DisplayName == "GET").Select(a => a.ParentSpanId).Should().Equal(operations.Select(o => o.SpanId));
        recorder.AllActivityText().Should().NotContain(t => t.Contains(CloudflareMockServer.Token, StringComparison.Ordinal));
    }
}
