using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>How a SCIM event updates a user identity used for policy evaluation (<c>scim_config.identity_update_behavior</c>).</summary>
/// <remarks>An extensible string value: values a newer server sends are preserved (<see cref="IsKnown"/> is then false), not rejected.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<ScimIdentityUpdateBehavior>))]
public readonly record struct ScimIdentityUpdateBehavior : IExtensibleEnum<ScimIdentityUpdateBehavior>
{
    /// <summary>Update the identity automatically and augment it with fields from the SCIM user resource.</summary>
    public static ScimIdentityUpdateBehavior Automatic { get; } = new("automatic");

    /// <summary>Force re-authentication on group membership updates; the identity is updated only after it.</summary>
    public static ScimIdentityUpdateBehavior Reauth { get; } = new("reauth");

    /// <summary>SCIM updates do not change identities and users are not prompted to re-authenticate.</summary>
    public static ScimIdentityUpdateBehavior NoAction { get; } = new("no_action");

    private static readonly ScimIdentityUpdateBehavior[] Known = [Automatic, Reauth, NoAction];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public ScimIdentityUpdateBehavior(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static ScimIdentityUpdateBehavior Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
