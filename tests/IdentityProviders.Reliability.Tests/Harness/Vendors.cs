namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>The four vendors of the matrix.</summary>
public static class Vendors
{
    public static IReadOnlyList<VendorHarness> All { get; } = [new KeycardHarness(), new CloudflareHarness(), new ZitadelHarness(), new WaldurHarness()];

    public static VendorHarness Get(string vendor) => All.Single(h => h.Vendor == vendor);
}

/// <summary>One fault server per vendor (plus a foreign origin), shared by the tests of a class and reset between them.</summary>
public sealed class VendorServers : IDisposable
{
    private readonly Dictionary<string, FaultServer> _servers = Vendors.All.ToDictionary(h => h.Vendor, _ => new FaultServer());

    /// <summary>Another origin (a different port): where a hostile <c>Link</c> header points.</summary>
    public FaultServer Foreign { get; } = new();

    public FaultServer For(string vendor) => _servers[vendor];

    public void Dispose()
    {
        foreach (var server in _servers.Values)
        {
            server.Dispose();
        }

        Foreign.Dispose();
    }
}
