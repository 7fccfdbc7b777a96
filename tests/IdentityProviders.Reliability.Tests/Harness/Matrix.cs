namespace IdentityProviders.Reliability.Tests.Harness;

/// <summary>A named row of a scenario table, optionally limited to some vendors.</summary>
public interface IScenario
{
    string Name { get; }

    /// <summary>The vendors the scenario applies to; <see langword="null"/> for all four.</summary>
    IReadOnlyCollection<string>? OnlyFor => null;
}

/// <summary>Builds theory data as scenarios × vendors from one table.</summary>
public static class Matrix
{
    public static TheoryData<string, string> Cases<T>(IEnumerable<T> scenarios)
        where T : IScenario
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in scenarios)
        {
            foreach (var vendor in Vendors.All.Select(v => v.Vendor).Where(v => scenario.OnlyFor?.Contains(v) ?? true))
            {
                data.Add(scenario.Name, vendor);
            }
        }

        return data;
    }

    public static T Find<T>(IEnumerable<T> scenarios, string name)
        where T : IScenario => scenarios.Single(s => s.Name == name);
}
