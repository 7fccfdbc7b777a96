using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Inventory.Hosted;

/// <summary>Settings of the <see cref="InventoryWorker"/>, bound from the <c>Inventory</c> configuration section.</summary>
internal sealed class InventoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Inventory";

    /// <summary>The longest interval accepted: one week (<see cref="PeriodicTimer"/> itself stops at about 49 days).</summary>
    public const int MaxIntervalMinutes = 7 * 24 * 60;

    /// <summary>
    /// Minutes between two inventories (the first one runs at start).
    /// <value>The default value is 5.</value>
    /// </summary>
    [Range(1, MaxIntervalMinutes)]
    public int IntervalMinutes { get; set; } = 5;

    /// <summary>
    /// Whether to take one inventory and stop the application (<c>--once</c> on the command line).
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool RunOnce { get; set; }
}

/// <summary>Validates <see cref="InventoryOptions"/> from its data annotations (source generated, no reflection).</summary>
[OptionsValidator]
internal sealed partial class InventoryOptionsValidator : IValidateOptions<InventoryOptions>;
