namespace IdentityProviders.Reliability.Tests.Properties;

/// <summary>
/// The mutated-response property measures the bytes allocated per case with
/// <see cref="GC.GetTotalAllocatedBytes(bool)"/>, a process-wide counter: it runs alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PropertyCollection
{
    public const string Name = "Property-based hostile responses (alone: allocation is measured per case)";
}
