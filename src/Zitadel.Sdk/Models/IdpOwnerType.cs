using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Who owns an identity provider: the instance (system) or an organization. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<IdpOwnerType>))]
public readonly record struct IdpOwnerType : IExtensibleEnum<IdpOwnerType>
{
    /// <summary><c>IDP_OWNER_TYPE_UNSPECIFIED</c>.</summary>
    public static IdpOwnerType Unspecified { get; } = new("IDP_OWNER_TYPE_UNSPECIFIED");

    /// <summary><c>IDP_OWNER_TYPE_SYSTEM</c>.</summary>
    public static IdpOwnerType System { get; } = new("IDP_OWNER_TYPE_SYSTEM");

    /// <summary><c>IDP_OWNER_TYPE_ORG</c>.</summary>
    public static IdpOwnerType Org { get; } = new("IDP_OWNER_TYPE_ORG");

    private static readonly IdpOwnerType[] Known = [Unspecified, System, Org];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public IdpOwnerType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static IdpOwnerType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
