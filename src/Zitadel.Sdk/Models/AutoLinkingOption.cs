using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Whether users are offered to link an existing account, and by which attribute. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<AutoLinkingOption>))]
public readonly record struct AutoLinkingOption : IExtensibleEnum<AutoLinkingOption>
{
    /// <summary><c>AUTO_LINKING_OPTION_UNSPECIFIED</c>.</summary>
    public static AutoLinkingOption Unspecified { get; } = new("AUTO_LINKING_OPTION_UNSPECIFIED");

    /// <summary><c>AUTO_LINKING_OPTION_USERNAME</c>.</summary>
    public static AutoLinkingOption Username { get; } = new("AUTO_LINKING_OPTION_USERNAME");

    /// <summary><c>AUTO_LINKING_OPTION_EMAIL</c>.</summary>
    public static AutoLinkingOption Email { get; } = new("AUTO_LINKING_OPTION_EMAIL");

    private static readonly AutoLinkingOption[] Known = [Unspecified, Username, Email];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public AutoLinkingOption(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static AutoLinkingOption Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
