namespace Keycard.Sdk.Models;

/// <summary>Parameters of a provider listing. The SDK never modifies an instance you pass.</summary>
public sealed record ProviderListOptions
{
    /// <summary>Start after this cursor (forward pagination; 1..255 characters).</summary>
    public string? After { get; init; }

    /// <summary>End before this cursor (backward pagination; 1..255 characters). The listing then walks backwards.</summary>
    public string? Before { get; init; }

    /// <summary>The older spec's forward cursor parameter (<c>cursor</c>); prefer <see cref="After"/>.</summary>
    public string? Cursor { get; init; }

    /// <summary>Maximum number of items per page (1..100).</summary>
    public int? Limit { get; init; }

    /// <summary>Expansions, e.g. <see cref="ProviderListExpand.TotalCount"/>; sent as <c>expand[]</c>.</summary>
    public IReadOnlyList<string>? Expand { get; init; }

    /// <summary>Only the provider with this identifier.</summary>
    public string? Identifier { get; init; }

    /// <summary>Only the provider with this slug.</summary>
    public string? Slug { get; init; }

    /// <summary>Only providers of this type.</summary>
    public KeycardProviderType? Type { get; init; }
}
