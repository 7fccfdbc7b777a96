namespace IdentityProviders.Benchmarks;

/// <summary>The four vendors the benchmarks cover.</summary>
public enum BenchVendor
{
    Keycard,
    Cloudflare,
    Zitadel,
    Waldur,
}
