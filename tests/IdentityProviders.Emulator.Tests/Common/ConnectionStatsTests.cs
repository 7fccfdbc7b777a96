using System.Net.Http.Headers;
using System.Net.Sockets;

namespace IdentityProviders.Emulator.Tests.Common;

/// <summary>The emulator's count of accepted TCP connections (what load tests compare with a client's connection limit).</summary>
public sealed class ConnectionStatsTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Counts_accepted_open_and_peak_connections()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        emulator.Connections.TotalAccepted.Should().Be(0);

        var sockets = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var socket = new TcpClient();
                sockets.Add(socket);
                await socket.ConnectAsync(emulator.BaseAddress.Host, emulator.BaseAddress.Port);
            }

            await WaitUntilAsync(() => emulator.Connections.Current == 3);
            emulator.Connections.TotalAccepted.Should().Be(3);
            emulator.Connections.PeakConcurrent.Should().Be(3);
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }

        await WaitUntilAsync(() => emulator.Connections.Current == 0);
        emulator.Connections.PeakConcurrent.Should().Be(3, "the peak outlives the connections");
        emulator.Connections.ResetPeak();
        emulator.Connections.PeakConcurrent.Should().Be(0);
        emulator.Connections.ToString().Should().Be("3 accepted, 0 open, peak 0");
    }

    [Fact]
    public async Task A_keep_alive_client_reuses_one_connection_for_sequential_requests()
    {
        await using var emulator = await IdentityProviderEmulator.StartAsync();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
        using var http = new HttpClient(handler);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.Keycard.Token);
        var list = new Uri(emulator.Keycard.BaseUrl, $"zones/{emulator.Keycard.ZoneId}/providers");

        for (var i = 0; i < 5; i++)
        {
            using var response = await http.GetAsync(list);
            response.EnsureSuccessStatusCode();
        }

        emulator.Connections.TotalAccepted.Should().Be(1);
        emulator.Connections.PeakConcurrent.Should().Be(1);
        emulator.RequestCount.Should().Be(5);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
