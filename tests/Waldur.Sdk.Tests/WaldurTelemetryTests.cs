using Waldur.Sdk.Tests.TestSupport;

namespace Waldur.Sdk.Tests;

/// <summary>The Waldur SDK's activity source and meter, as a listing uses them.</summary>
public sealed class WaldurTelemetryTests : IDisposable
{
    private readonly WaldurMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public async Task A_listing_is_an_operation_activity_per_page_with_its_http_attempts()
    {
        WaldurClient.TelemetrySourceName.Should().Be("Waldur.Sdk");
        WaldurClient.TelemetryMeterName.Should().Be("Waldur.Sdk");
        _mock.Json("GET", WaldurMockServer.CollectionPath, WaldurJson.Page(WaldurJson.Names(1, 2)), headers: ("x-result-count", "2"));
        using var client = _mock.CreateClient();
        using var recorder = new TelemetryRecorder(WaldurClient.TelemetrySourceName);

        var seen = new List<string>();
        await foreach (var provider in client.IdentityProviders.ListAsync())
        {
            seen.Add(provider.Provider);
        }

        seen.Should().Equal(WaldurJson.Names(1, 2));
        var operation = recorder.Activities.Should().ContainSingle(a => a.DisplayName == "waldur identity_providers.list").Subject;
        operation.GetTagItem("idp.page.item_count").Should().Be(2);
        recorder.Activities.Should().ContainSingle(a => a.DisplayName == "GET").Which.ParentSpanId.Should().Be(operation.SpanId);
        recorder.AllActivityText().Should().NotContain(t => t.Contains(WaldurMockServer.Token, StringComparison.Ordinal));
    }
}
