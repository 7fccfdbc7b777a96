using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The login-button styling of a legacy identity provider. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<IdpStylingType>))]
public readonly record struct IdpStylingType : IExtensibleEnum<IdpStylingType>
{
    /// <summary><c>STYLING_TYPE_UNSPECIFIED</c>.</summary>
    public static IdpStylingType Unspecified { get; } = new("STYLING_TYPE_UNSPECIFIED");

    /// <summary><c>STYLING_TYPE_GOOGLE</c>.</summary>
    public static IdpStylingType Google { get; } = new("STYLING_TYPE_GOOGLE");

    private static readonly IdpStylingType[] Known = [Unspecified, Google];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public IdpStylingType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static IdpStylingType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
