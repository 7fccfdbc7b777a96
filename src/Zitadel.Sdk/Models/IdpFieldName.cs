using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>A sorting column of the legacy list. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<IdpFieldName>))]
public readonly record struct IdpFieldName : IExtensibleEnum<IdpFieldName>
{
    /// <summary><c>IDP_FIELD_NAME_UNSPECIFIED</c>.</summary>
    public static IdpFieldName Unspecified { get; } = new("IDP_FIELD_NAME_UNSPECIFIED");

    /// <summary><c>IDP_FIELD_NAME_NAME</c>.</summary>
    public static IdpFieldName Name { get; } = new("IDP_FIELD_NAME_NAME");

    private static readonly IdpFieldName[] Known = [Unspecified, Name];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public IdpFieldName(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static IdpFieldName Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
