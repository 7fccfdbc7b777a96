namespace IdentityProviders.Emulator.Waldur;

/// <summary>The Waldur part of <see cref="EmulatorOptions"/>, copied when the emulator starts.</summary>
internal sealed record WaldurSettings(string Token, string BearerToken, int SeedCount)
{
    public static WaldurSettings From(EmulatorOptions options) => new(options.WaldurToken, options.WaldurBearerToken, options.WaldurSeedCount);
}
