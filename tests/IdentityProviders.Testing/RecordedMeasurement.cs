namespace IdentityProviders.Testing;

/// <summary>One measurement seen by <see cref="TelemetryRecorder"/>.</summary>
/// <param name="Instrument">The instrument name.</param>
/// <param name="Unit">The instrument unit.</param>
/// <param name="Value">The value (counters' <c>long</c> values converted).</param>
/// <param name="Tags">The tags.</param>
public sealed record RecordedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyList<KeyValuePair<string, object?>> Tags)
{
    /// <summary>The value of a tag, or <see langword="null"/>.</summary>
    /// <param name="name">The tag name.</param>
    /// <returns>The value.</returns>
    public object? Tag(string name) => Tags.FirstOrDefault(t => t.Key == name).Value;

    /// <summary>Whether the measurement has a tag with <paramref name="value"/>.</summary>
    /// <param name="name">The tag name.</param>
    /// <param name="value">The expected value.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    public bool HasTag(string name, object? value) => Tags.Any(t => t.Key == name && Equals(t.Value, value));
}
