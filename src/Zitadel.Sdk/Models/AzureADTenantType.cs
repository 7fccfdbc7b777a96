using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>Which Azure AD accounts may log in (common, organisations, consumers). Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<AzureADTenantType>))]
public readonly record struct AzureADTenantType : IExtensibleEnum<AzureADTenantType>
{
    /// <summary><c>AZURE_AD_TENANT_TYPE_COMMON</c>.</summary>
    public static AzureADTenantType Common { get; } = new("AZURE_AD_TENANT_TYPE_COMMON");

    /// <summary><c>AZURE_AD_TENANT_TYPE_ORGANISATIONS</c>.</summary>
    public static AzureADTenantType Organisations { get; } = new("AZURE_AD_TENANT_TYPE_ORGANISATIONS");

    /// <summary><c>AZURE_AD_TENANT_TYPE_CONSUMERS</c>.</summary>
    public static AzureADTenantType Consumers { get; } = new("AZURE_AD_TENANT_TYPE_CONSUMERS");

    private static readonly AzureADTenantType[] Known = [Common, Organisations, Consumers];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public AzureADTenantType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static AzureADTenantType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
