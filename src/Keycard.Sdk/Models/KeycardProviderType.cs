using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Keycard.Sdk.Models;

/// <summary>A Keycard provider type. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<KeycardProviderType>))]
public readonly record struct KeycardProviderType : IExtensibleEnum<KeycardProviderType>
{
    /// <summary>An external identity provider (your IdP, federated).</summary>
    public static KeycardProviderType External { get; } = new("external");

    /// <summary>Keycard's credential vault.</summary>
    public static KeycardProviderType KeycardVault { get; } = new("keycard-vault");

    /// <summary>Keycard's security token service.</summary>
    public static KeycardProviderType KeycardSts { get; } = new("keycard-sts");

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public KeycardProviderType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => this == External || this == KeycardVault || this == KeycardSts;

    /// <inheritdoc />
    public static KeycardProviderType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
