using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Keycard.Sdk.Models;

/// <summary>Who owns a Keycard provider; platform-owned providers cannot be modified via the API. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<KeycardOwnerType>))]
public readonly record struct KeycardOwnerType : IExtensibleEnum<KeycardOwnerType>
{
    /// <summary>Owned by the Keycard platform (read-only through the API).</summary>
    public static KeycardOwnerType Platform { get; } = new("platform");

    /// <summary>Owned by the customer.</summary>
    public static KeycardOwnerType Customer { get; } = new("customer");

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public KeycardOwnerType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => this == Platform || this == Customer;

    /// <inheritdoc />
    public static KeycardOwnerType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
