using System.Net;

namespace IdentityProviders.Emulator.Tests.Common;

public sealed class RequestIdTests : EmulatorTestBase
{
    [Fact]
    public async Task Every_response_carries_a_generated_request_id()
    {
        using var ok = await Keycard.GetAsync(Providers);
        using var unauthorized = await Anonymous.GetAsync(Providers);
        using var notFound = await Keycard.GetAsync("nowhere");

        foreach (var response in new[] { ok, unauthorized, notFound })
        {
            response.Headers.GetValues("x-request-id").Should().ContainSingle()
                .Which.Should().MatchRegex("^req_[0-9a-f]{16}$");
        }

        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        unauthorized.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        notFound.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Request_ids_differ_between_requests()
    {
        using var first = await Keycard.GetAsync(Providers);
        using var second = await Keycard.GetAsync(Providers);

        first.Headers.GetValues("x-request-id").Single().Should().NotBe(second.Headers.GetValues("x-request-id").Single());
    }

    [Fact]
    public async Task A_request_id_sent_by_the_client_is_echoed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Providers);
        request.Headers.Add("x-request-id", "client-chosen-id-42");

        using var response = await Keycard.SendAsync(request);

        response.Headers.GetValues("x-request-id").Should().Equal("client-chosen-id-42");
    }
}
