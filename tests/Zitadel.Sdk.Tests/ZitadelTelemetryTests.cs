using IdentityProviders.Testing;
using Zitadel.Sdk.Tests.TestSupport;

namespace Zitadel.Sdk.Tests;

/// <summary>The Zitadel SDK's activity source and meter, as a listing (a retried <c>_search</c> POST) uses them.</summary>
public sealed class ZitadelTelemetryTests : IDisposable
{
    private const string Path = "/management/v1/idps/templates/_search";
    private readonly ZitadelMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    [Fact]
    public async Task A_listing_is_an_operation_activity_per_page_with_its_http_attempts()
    {
        ZitadelClient.TelemetrySourceName.Should().Be("Zitadel.Sdk");
        ZitadelClient.TelemetryMeterName.Should().Be("Zitadel.Sdk");
        _mock.Json("POST", Path, ZitadelMockServer.Page(ZitadelMockServer.Ids(0, 2), 2));
        using var client = _mock.CreateClient();
        using var recorder = new TelemetryRecorder(ZitadelClient.TelemetrySourceName);

        var providers = await client.Organization.ListProvidersAsync().ToListAsync();

        providers.Should().HaveCount(2);
        var operation = recorder.Activities.Should().ContainSingle(a => a.DisplayName.StartsWith("zitadel ", StringComparison.Ordinal)).Subject;
        operation.GetTagItem("idp.page.number").Should().Be(1);
        operation.GetTagItem("idp.page.item_count").Should().Be(2);
        var attempt = recorder.Activities.Should().ContainSingle(a => a.DisplayName == "POST").Subject;
        attempt.ParentSpanId.Should().Be(operation.SpanId);
        attempt.GetTagItem("url.full").Should().Be(_mock.Url + Path);
        recorder.AllActivityText().Should().NotContain(t => t.Contains(ZitadelMockServer.Token, StringComparison.Ordinal));
    }
}
