using System.Diagnostics;

namespace IdentityProviders.Sdk.Diagnostics;

/// <summary>
/// One page fetch of a listing. The first operation started while it is current becomes the page's operation (its
/// activity gets <c>idp.page.number</c> and <c>idp.page.item_count</c>); the page and item counters are recorded when
/// the page was received.
/// </summary>
internal sealed class TelemetryPage : IDisposable
{
    private readonly IdentityProviderTelemetry _telemetry;
    private readonly string _operation;

    internal TelemetryPage(IdentityProviderTelemetry telemetry, string operation, int pageNumber)
    {
        _telemetry = telemetry;
        _operation = operation;
        PageNumber = pageNumber;
    }

    internal int PageNumber { get; }

    internal TelemetryOperation? Operation { get; set; }

    internal int? ItemCount { get; private set; }

    internal bool IsDone { get; private set; }

    /// <summary>Records that the page was received with <paramref name="count"/> items.</summary>
    /// <param name="count">The page's item count.</param>
    internal void Received(int count) => ItemCount = count;

    public void Dispose()
    {
        if (IsDone)
        {
            return;
        }

        IsDone = true;
        _telemetry.EndPage(this);
        if (ItemCount is { } count)
        {
            var operation = Operation?.Name ?? _operation;
            if (_telemetry.Pages.Enabled)
            {
                _telemetry.Pages.Add(1, new TagList { { TelemetryNames.Vendor, _telemetry.Vendor }, { TelemetryNames.Operation, operation } });
            }

            if (_telemetry.Items.Enabled)
            {
                _telemetry.Items.Add(count, new TagList { { TelemetryNames.Vendor, _telemetry.Vendor }, { TelemetryNames.Operation, operation } });
            }
        }

        Operation?.EndByPage();
    }
}
