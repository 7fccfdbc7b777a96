using System.Diagnostics;
using System.Globalization;

namespace IdentityProviders.Sdk.Diagnostics;

/// <summary>
/// One SDK operation being observed: its activity, retries, final status and outcome. Ended by the runner, or, for a
/// page of a listing, once both the runner and the pager are done (so the page's item count is on it).
/// </summary>
internal sealed class TelemetryOperation
{
    private readonly long _started;
    private int _retries;
    private int _finished;
    private bool _runnerDone;

    internal TelemetryOperation(IdentityProviderTelemetry telemetry, string operation, TelemetryPage? page)
    {
        Telemetry = telemetry;
        Name = operation;
        Page = page;
        _started = Stopwatch.GetTimestamp();
        var activity = telemetry.ActivitySource.StartActivity(string.Concat(telemetry.Vendor, " ", operation), ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryNames.Vendor, telemetry.Vendor);
            activity.SetTag(TelemetryNames.Operation, operation);
            if (page is not null)
            {
                activity.SetTag(TelemetryNames.PageNumber, page.PageNumber);
            }
        }

        Activity = activity;
        if (page is not null)
        {
            page.Operation = this;
        }
    }

    internal IdentityProviderTelemetry Telemetry { get; }

    internal string Name { get; }

    internal Activity? Activity { get; }

    internal TelemetryPage? Page { get; }

    /// <summary>The status of the last response received, if any.</summary>
    internal int? StatusCode { get; set; }

    internal string? ErrorType { get; private set; }

    internal void AddRetry() => Interlocked.Increment(ref _retries);

    internal void Succeeded(int statusCode) => StatusCode = statusCode;

    internal void Failed(Exception exception)
    {
        if (exception is IdentityProviderApiException api)
        {
            StatusCode = api.Details.StatusCode;
            ErrorType = api.Details.StatusCode.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            if (exception is IdentityProviderResponseFormatException format && format.StatusCode > 0)
            {
                StatusCode = format.StatusCode;
            }

            ErrorType = exception.GetType().FullName;
        }
    }

    /// <summary>The runner is done; ends the operation unless the pager still has to add the page's item count.</summary>
    internal void EndByRunner()
    {
        _runnerDone = true;
        if (Page is null || Page.IsDone)
        {
            Finish();
        }
    }

    /// <summary>The pager is done with the page.</summary>
    internal void EndByPage()
    {
        if (_runnerDone)
        {
            Finish();
        }
    }

    private void Finish()
    {
        if (Interlocked.Exchange(ref _finished, 1) != 0)
        {
            return;
        }

        var activity = Activity;
        if (activity is not null)
        {
            if (activity.IsAllDataRequested)
            {
                if (StatusCode is { } status)
                {
                    activity.SetTag(TelemetryNames.HttpResponseStatusCode, status);
                }

                activity.SetTag(TelemetryNames.RetryCount, Volatile.Read(ref _retries));
                if (Page?.ItemCount is { } items)
                {
                    activity.SetTag(TelemetryNames.PageItemCount, items);
                }

                if (ErrorType is not null)
                {
                    activity.SetTag(TelemetryNames.ErrorType, ErrorType);
                }
            }

            if (ErrorType is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }

            activity.Stop();
        }

        var histogram = Telemetry.OperationDuration;
        if (histogram.Enabled)
        {
            var tags = new TagList
            {
                { TelemetryNames.Vendor, Telemetry.Vendor },
                { TelemetryNames.Operation, Name },
            };
            if (StatusCode is { } status)
            {
                tags.Add(TelemetryNames.HttpResponseStatusCode, status);
            }

            if (ErrorType is not null)
            {
                tags.Add(TelemetryNames.ErrorType, ErrorType);
            }

            histogram.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        }
    }
}
