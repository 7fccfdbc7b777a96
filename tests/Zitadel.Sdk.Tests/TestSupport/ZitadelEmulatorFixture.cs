using IdentityProviders.Emulator;

namespace Zitadel.Sdk.Tests.TestSupport;

/// <summary>One emulator per test class, with every provider type seeded into the instance and the default organization.</summary>
public sealed class ZitadelEmulatorFixture : IAsyncLifetime
{
    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public ZitadelEmulatorInfo Zitadel => Emulator.Zitadel;

    public async Task InitializeAsync() => Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { ZitadelSeedCount = 24, ZitadelInstanceSeedCount = 12 });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>A client with the emulator's personal access token.</summary>
    public ZitadelClient CreateClient(Action<ZitadelClientOptions>? configure = null)
    {
        var options = new ZitadelClientOptions
        {
            BaseAddress = Zitadel.BaseUrl,
            Token = Zitadel.Token,
            Retry = ZitadelMockServer.FastRetry,
        };
        configure?.Invoke(options);
        return new ZitadelClient(options);
    }
}
