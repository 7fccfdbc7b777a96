using IdentityProviders.Emulator;

namespace Waldur.Sdk.Tests.TestSupport;

/// <summary>One emulator per test class, with 700 identity providers seeded into its Waldur API.</summary>
public sealed class WaldurEmulatorFixture : IAsyncLifetime
{
    public const int SeedCount = 700;

    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public WaldurEmulatorInfo Waldur => Emulator.Waldur;

    public async Task InitializeAsync() => Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { WaldurSeedCount = SeedCount });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>A client with the emulator's API token.</summary>
    public WaldurClient CreateClient(Action<WaldurClientOptions>? configure = null)
    {
        var options = new WaldurClientOptions
        {
            BaseAddress = Waldur.BaseUrl,
            Token = Waldur.Token,
            Retry = WaldurMockServer.FastRetry,
        };
        configure?.Invoke(options);
        return new WaldurClient(options);
    }
}
