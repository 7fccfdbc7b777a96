using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IdentityProviders.Sdk.Diagnostics;

/// <summary>
/// One vendor SDK's <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>
/// (both named after the SDK package, e.g. <c>Keycard.Sdk</c>). Each vendor SDK holds one instance for the life of
/// the process and passes it to <see cref="Http.VendorApiRunner"/>, <see cref="Http.HttpPipeline"/> and
/// <see cref="PagerContext"/>. Nothing is allocated or measured while nobody listens.
/// </summary>
/// <remarks>
/// Traces: one <see cref="ActivityKind.Client"/> activity per operation (<c>keycard providers.list</c>; one per page
/// for listings) with one child per HTTP attempt (<c>GET</c>). Metrics: see <see cref="TelemetryNames"/>. No tag ever
/// holds a header, a body or a secret-named query value.
/// </remarks>
public sealed class IdentityProviderTelemetry : IDisposable
{
    // Flow-local like Activity.Current (not shared state): the operation that the HTTP pipeline underneath is serving,
    // and the page a pager is fetching. Instance fields, so two vendors' operations never see each other's.
    private readonly AsyncLocal<TelemetryOperation?> _currentOperation = new();
    private readonly AsyncLocal<TelemetryPage?> _currentPage = new();

    /// <summary>Creates the source and meter.</summary>
    /// <param name="vendor">The vendor, the value of the <c>idp.vendor</c> tag (e.g. <c>keycard</c>).</param>
    /// <param name="name">The name of both the activity source and the meter (e.g. <c>Keycard.Sdk</c>).</param>
    /// <param name="version">The SDK version reported with them, if any.</param>
    public IdentityProviderTelemetry(string vendor, string name, string? version = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(vendor);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Vendor = vendor;
        Name = name;
        ActivitySource = new ActivitySource(name, version);
        Meter = new Meter(name, version);
        RequestDuration = CreateDurationHistogram(Meter, TelemetryNames.HttpClientRequestDuration, "Duration of HTTP client requests (one per attempt, response body included).");
        OperationDuration = CreateDurationHistogram(Meter, TelemetryNames.OperationDuration, "Duration of SDK operations (one page for listings), retries and backoff included.");
        Retries = Meter.CreateCounter<long>(TelemetryNames.Retries, "{retry}", "HTTP attempts repeated by the retry policy.");
        Pages = Meter.CreateCounter<long>(TelemetryNames.Pages, "{page}", "Pages received by listings.");
        Items = Meter.CreateCounter<long>(TelemetryNames.Items, "{item}", "Items received by listings.");
    }

    /// <summary>The vendor (the <c>idp.vendor</c> tag).</summary>
    public string Vendor { get; }

    /// <summary>The name of the activity source and of the meter: pass it to OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>.</summary>
    public string Name { get; }

    /// <summary>The activity source.</summary>
    public ActivitySource ActivitySource { get; }

    /// <summary>The meter.</summary>
    public Meter Meter { get; }

    internal Histogram<double> RequestDuration { get; }

    internal Histogram<double> OperationDuration { get; }

    internal Counter<long> Retries { get; }

    internal Counter<long> Pages { get; }

    internal Counter<long> Items { get; }

    /// <summary>Whether anyone listens to the activity source or to any instrument.</summary>
    internal bool IsEnabled =>
        ActivitySource.HasListeners() || RequestDuration.Enabled || OperationDuration.Enabled || Retries.Enabled || Pages.Enabled || Items.Enabled;

    /// <summary>Disposes the activity source and the meter (only for instances that are not a vendor SDK's own).</summary>
    public void Dispose()
    {
        ActivitySource.Dispose();
        Meter.Dispose();
    }

    /// <summary>
    /// Starts an operation: its activity becomes <see cref="Activity.Current"/> and the HTTP pipeline underneath
    /// reports its attempts to it. When a pager is fetching a page, the operation is that page's.
    /// </summary>
    /// <param name="operation">The operation name.</param>
    /// <returns>The operation, or <see langword="null"/> when nobody listens.</returns>
    internal TelemetryOperation? StartOperation(string operation)
    {
        if (!IsEnabled)
        {
            return null;
        }

        var page = _currentPage.Value;
        if (page is not null)
        {
            // Only the first request of a page fetch is the page's; nested or later ones are operations of their own.
            _currentPage.Value = null;
            if (page.Operation is not null || page.IsDone)
            {
                page = null;
            }
        }

        var started = new TelemetryOperation(this, operation, page);
        _currentOperation.Value = started;
        return started;
    }

    /// <summary>
    /// Takes the operation the current request belongs to, and hides it from requests nested in this one (e.g. a
    /// token request made by the authentication handler), which are not the operation's attempts.
    /// </summary>
    /// <returns>The operation, or <see langword="null"/>.</returns>
    internal TelemetryOperation? TakeCurrentOperation()
    {
        var operation = _currentOperation.Value;
        if (operation is not null)
        {
            _currentOperation.Value = null;
        }

        return operation;
    }

    /// <summary>Starts tracking one page fetch of a listing.</summary>
    /// <param name="operation">The listing operation.</param>
    /// <param name="pageNumber">The 1-based page number within the enumeration.</param>
    /// <returns>The page, or <see langword="null"/> when nobody listens.</returns>
    internal TelemetryPage? StartPage(string operation, int pageNumber)
    {
        if (!IsEnabled)
        {
            return null;
        }

        var page = new TelemetryPage(this, operation, pageNumber);
        _currentPage.Value = page;
        return page;
    }

    internal void EndPage(TelemetryPage page)
    {
        if (ReferenceEquals(_currentPage.Value, page))
        {
            _currentPage.Value = null;
        }
    }

    private static Histogram<double> CreateDurationHistogram(Meter meter, string name, string description)
    {
#if NET9_0_OR_GREATER
        // OpenTelemetry's recommended boundaries for HTTP client durations (the SDK default suits milliseconds).
        return meter.CreateHistogram(
            name,
            "s",
            description,
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
#else
        return meter.CreateHistogram<double>(name, "s", description);
#endif
    }
}
