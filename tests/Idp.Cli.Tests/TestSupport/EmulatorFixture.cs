using IdentityProviders.Emulator;

namespace Idp.Cli.Tests.TestSupport;

/// <summary>One emulator per test class, with a distinctive token so tests can prove it is never printed.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const int SeedCount = 25;

    public string Token { get; } = "tok-" + Guid.NewGuid().ToString("N");

    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { KeycardSeedCount = SeedCount, KeycardToken = Token });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
