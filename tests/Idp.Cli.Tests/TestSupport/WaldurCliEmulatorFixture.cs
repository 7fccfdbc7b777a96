using IdentityProviders.Emulator;

namespace Idp.Cli.Tests.TestSupport;

/// <summary>One emulator with 700 Waldur identity providers and a distinctive token, so tests can prove it is never printed.</summary>
public sealed class WaldurCliEmulatorFixture : IAsyncLifetime
{
    public const int SeedCount = 700;

    public string Token { get; } = "wd-tok-" + Guid.NewGuid().ToString("N");

    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public WaldurEmulatorInfo Info => Emulator.Waldur;

    public async Task InitializeAsync() =>
        Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { WaldurSeedCount = SeedCount, WaldurToken = Token });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
