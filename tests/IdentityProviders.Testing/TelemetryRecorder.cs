using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IdentityProviders.Testing;

/// <summary>
/// Records what one SDK's <see cref="ActivitySource"/> and <see cref="Meter"/> emit during one test. Listeners are
/// process-wide, so activities are kept only when they belong to the trace of <see cref="Root"/> (which the recorder
/// starts and makes current); measurements carry no trace, so filter them by a tag only this test produces (e.g. the
/// <c>server.port</c> of its mock server).
/// </summary>
public sealed class TelemetryRecorder : IDisposable
{
    private const string TestSourceName = "IdentityProviders.Testing.TelemetryRecorder";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    /// <summary>Starts listening and starts <see cref="Root"/>, which becomes <see cref="Activity.Current"/> for the caller.</summary>
    /// <param name="sourceName">The activity source to record.</param>
    /// <param name="meterName">The meter to record; <see langword="null"/> for the same name as the source.</param>
    public TelemetryRecorder(string sourceName, string? meterName = null)
    {
        meterName ??= sourceName;
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == sourceName || source.Name == TestSourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == sourceName && Root is { } root && activity.TraceId == root.TraceId)
                {
                    _activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue(new(instrument.Name, instrument.Unit, value, tags.ToArray())));
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue(new(instrument.Name, instrument.Unit, value, tags.ToArray())));
        _meterListener.Start();

        Root = TestSource.StartActivity("test root") ?? throw new InvalidOperationException("The test activity was not created.");
    }

    /// <summary>The test's root activity: everything the SDK starts while it is current belongs to its trace.</summary>
    public Activity Root { get; }

    /// <summary>The SDK's activities of this test's trace, in the order they stopped.</summary>
    public IReadOnlyList<Activity> Activities => [.. _activities];

    /// <summary>Every measurement of the meter (from any test: filter them).</summary>
    public IReadOnlyList<RecordedMeasurement> Measurements => [.. _measurements];

    /// <summary>Measurements of one instrument.</summary>
    /// <param name="instrument">The instrument name.</param>
    /// <returns>The measurements.</returns>
    public IReadOnlyList<RecordedMeasurement> MeasurementsOf(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Every string the recorded activities carry: names, tag values, event names and tags, status descriptions.</summary>
    /// <returns>The strings.</returns>
    public IEnumerable<string> AllActivityText() =>
        Activities.SelectMany(a =>
            new[] { a.DisplayName, a.OperationName, a.StatusDescription ?? string.Empty }
                .Concat(a.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                .Concat(a.Baggage.Select(b => $"{b.Key}={b.Value}"))
                .Concat(a.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name))));

    /// <summary>Stops listening and stops <see cref="Root"/>.</summary>
    public void Dispose()
    {
        Root.Stop();
        _meterListener.Dispose();
        _activityListener.Dispose();
    }
}
