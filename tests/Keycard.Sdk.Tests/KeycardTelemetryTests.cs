using System.Diagnostics;
using IdentityProviders.Sdk;
using Keycard.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Keycard.Sdk.Tests;

/// <summary>The Keycard SDK's activity source and meter: names, the activities of a listing, the DI pipeline, no token in tags.</summary>
public sealed class KeycardTelemetryTests : IDisposable
{
    private const string ProvidersPath = "/zones/zone_1/providers";
    private readonly KeycardMockServer _mock = new();

    public void Dispose() => _mock.Dispose();

    private int Port => new Uri(_mock.Url).Port;

    [Fact]
    public void The_source_and_meter_are_named_after_the_package()
    {
        KeycardClient.TelemetrySourceName.Should().Be("Keycard.Sdk");
        KeycardClient.TelemetryMeterName.Should().Be("Keycard.Sdk");
    }

    [Fact]
    public async Task A_listing_is_an_operation_activity_per_page_with_its_http_attempts()
    {
        _mock.Json("GET", ProvidersPath, KeycardJson.Page(["prv_1", "prv_2"], hasNext: true, endCursor: "cur_1"));
        _mock.Server.Given(Request.Create().WithPath(ProvidersPath).UsingGet().WithParam("after", "cur_1")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(KeycardJson.Page(["prv_3"], hasNext: false)));
        using var client = _mock.CreateClient();
        using var recorder = new TelemetryRecorder(KeycardClient.TelemetrySourceName, KeycardClient.TelemetryMeterName);

        var ids = new List<string>();
        await foreach (var provider in client.Zones.Providers.ListAsync(KeycardMockServer.Zone))
        {
            ids.Add(provider.Id);
        }

        ids.Should().Equal("prv_1", "prv_2", "prv_3");
        var operations = recorder.Activities.Where(a => a.DisplayName == "keycard providers.list").ToList();
        operations.Should().HaveCount(2);
        operations.Select(a => a.GetTagItem("idp.page.number")).Should().Equal(1, 2);
        operations.Select(a => a.GetTagItem("idp.page.item_count")).Should().Equal(2, 1);
        operations.Should().OnlyContain(a => a.Kind == ActivityKind.Client && (string?)a.GetTagItem("idp.vendor") == IdentityProviderVendor.Keycard);
        var attempts = recorder.Activities.Where(a => a.DisplayName == "GET").ToList();
        attempts.Select(a => a.ParentSpanId).Should().Equal(operations.Select(o => o.SpanId));
        attempts.Should().OnlyContain(a => (int?)a.GetTagItem("server.port") == Port && (int?)a.GetTagItem("http.response.status_code") == 200);
        recorder.AllActivityText().Should().NotContain(t => t.Contains(KeycardMockServer.Token, StringComparison.Ordinal));
        recorder.MeasurementsOf("http.client.request.duration").Where(m => m.HasTag("server.port", Port)).Should().HaveCount(2)
            .And.OnlyContain(m => m.HasTag("idp.operation", "providers.list") && m.HasTag("idp.vendor", IdentityProviderVendor.Keycard));
    }

    [Fact]
    public async Task A_client_from_dependency_injection_reports_its_attempts_and_a_404_as_an_error()
    {
        _mock.Json("GET", ProvidersPath + "/prv_x", KeycardJson.Error("not_found", "Provider not found", 404), status: 404);
        var services = new ServiceCollection();
        services.AddKeycardClient(o =>
        {
            o.BaseAddress = new Uri(_mock.Url);
            o.Token = KeycardMockServer.Token;
            o.ZoneId = KeycardMockServer.Zone;
            o.Retry = KeycardMockServer.FastRetry;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<KeycardClient>();
        using var recorder = new TelemetryRecorder(KeycardClient.TelemetrySourceName);

        var act = () => client.Zones.Providers.RetrieveAsync(KeycardMockServer.Zone, "prv_x");

        await act.Should().ThrowAsync<IdentityProviderNotFoundException>();
        var operation = recorder.Activities.Should().ContainSingle(a => a.DisplayName == "keycard providers.retrieve").Subject;
        operation.Status.Should().Be(ActivityStatusCode.Error);
        operation.GetTagItem("error.type").Should().Be("404");
        var attempt = recorder.Activities.Should().ContainSingle(a => a.DisplayName == "GET").Subject;
        attempt.ParentSpanId.Should().Be(operation.SpanId);
        attempt.GetTagItem("url.full").Should().Be($"{_mock.Url}{ProvidersPath}/prv_x");
    }
}
