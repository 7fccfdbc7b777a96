using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The user interaction Azure AD requires at sign-in (<c>config.prompt</c> of an <c>azureAD</c> provider).</summary>
/// <remarks>An extensible string value: values a newer server sends are preserved (<see cref="IsKnown"/> is then false), not rejected.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<AzureADPrompt>))]
public readonly record struct AzureADPrompt : IExtensibleEnum<AzureADPrompt>
{
    /// <summary>Forces the user to enter credentials, negating single sign-on.</summary>
    public static AzureADPrompt Login { get; } = new("login");

    /// <summary>Interrupts single sign-on with an account selection.</summary>
    public static AzureADPrompt SelectAccount { get; } = new("select_account");

    /// <summary>No interactive prompt; fails with <c>interaction_required</c> if sign-in cannot complete silently.</summary>
    public static AzureADPrompt None { get; } = new("none");

    private static readonly AzureADPrompt[] Known = [Login, SelectAccount, None];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public AzureADPrompt(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static AzureADPrompt Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
