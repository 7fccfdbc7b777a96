using IdentityProviders.Emulator;

namespace Keycard.Sdk.Tests.TestSupport;

/// <summary>One emulator per test class, with 250 providers seeded into its default Keycard zone.</summary>
public sealed class KeycardEmulatorFixture : IAsyncLifetime
{
    public const int SeedCount = 250;

    public IdentityProviderEmulator Emulator { get; private set; } = null!;

    public KeycardEmulatorInfo Keycard => Emulator.Keycard;

    public async Task InitializeAsync() => Emulator = await IdentityProviderEmulator.StartAsync(new EmulatorOptions { KeycardSeedCount = SeedCount });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>A client with the emulator's static token and seeded zone.</summary>
    public KeycardClient CreateClient(Action<KeycardClientOptions>? configure = null)
    {
        var options = new KeycardClientOptions
        {
            BaseAddress = Keycard.BaseUrl,
            Token = Keycard.Token,
            ZoneId = Keycard.ZoneId,
            Retry = KeycardMockServer.FastRetry,
        };
        configure?.Invoke(options);
        return new KeycardClient(options);
    }
}
