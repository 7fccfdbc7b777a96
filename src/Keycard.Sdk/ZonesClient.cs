namespace Keycard.Sdk;

/// <summary>Keycard zones: the resources under <c>/zones/{zoneId}</c>.</summary>
public class ZonesClient
{
    internal ZonesClient(ProvidersClient providers) => Providers = providers;

    /// <summary>For mocking.</summary>
    protected ZonesClient() => Providers = null!;

    /// <summary>The zone's providers.</summary>
    public virtual ProvidersClient Providers { get; }
}
