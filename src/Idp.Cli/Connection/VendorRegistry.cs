namespace Idp.Cli.Connection;

/// <summary>The vendors <c>--vendor</c> accepts, by name. Add a connector here to support a new vendor.</summary>
internal sealed class VendorRegistry
{
    private readonly Dictionary<string, IVendorConnector> _connectors;

    /// <summary>Creates a registry.</summary>
    /// <param name="connectors">The connectors; names must be unique.</param>
    public VendorRegistry(IEnumerable<IVendorConnector> connectors)
    {
        _connectors = connectors.ToDictionary(c => c.Name, StringComparer.Ordinal);
        Names = [.. _connectors.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the supported vendors: <c>keycard</c>.</summary>
    public static VendorRegistry Default => new([new KeycardConnector(), new CloudflareConnector(), new WaldurConnector(), new ZitadelConnector()]);

    /// <summary>Gets the supported vendor names, sorted.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the connector of a vendor.</summary>
    /// <param name="name">The vendor name.</param>
    /// <returns>The connector.</returns>
    /// <exception cref="UsageException">The vendor is not supported.</exception>
    public IVendorConnector Get(string name) =>
        _connectors.TryGetValue(name, out var connector) ? connector : throw new UsageException(UnknownVendorMessage(name));

    /// <summary>Whether a vendor is supported.</summary>
    /// <param name="name">The vendor name.</param>
    /// <returns><see langword="true"/> when supported.</returns>
    public bool Contains(string name) => _connectors.ContainsKey(name);

    /// <summary>The error for an unsupported vendor, listing the supported ones.</summary>
    /// <param name="name">The vendor name given.</param>
    /// <returns>The message.</returns>
    public string UnknownVendorMessage(string? name) => $"unknown vendor '{name}'; supported vendors: {string.Join(", ", Names)}.";
}
