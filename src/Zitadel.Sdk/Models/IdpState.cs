using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The state of an identity provider. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<IdpState>))]
public readonly record struct IdpState : IExtensibleEnum<IdpState>
{
    /// <summary><c>IDP_STATE_UNSPECIFIED</c>.</summary>
    public static IdpState Unspecified { get; } = new("IDP_STATE_UNSPECIFIED");

    /// <summary><c>IDP_STATE_ACTIVE</c>.</summary>
    public static IdpState Active { get; } = new("IDP_STATE_ACTIVE");

    /// <summary><c>IDP_STATE_INACTIVE</c>.</summary>
    public static IdpState Inactive { get; } = new("IDP_STATE_INACTIVE");

    private static readonly IdpState[] Known = [Unspecified, Active, Inactive];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public IdpState(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static IdpState Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
