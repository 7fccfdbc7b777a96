using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Zitadel.Sdk.Models;

/// <summary>The type of an identity provider. Values a newer server adds are preserved (<see cref="IsKnown"/> is then false).</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<ProviderType>))]
public readonly record struct ProviderType : IExtensibleEnum<ProviderType>
{
    /// <summary><c>PROVIDER_TYPE_UNSPECIFIED</c>.</summary>
    public static ProviderType Unspecified { get; } = new("PROVIDER_TYPE_UNSPECIFIED");

    /// <summary><c>PROVIDER_TYPE_OIDC</c>.</summary>
    public static ProviderType Oidc { get; } = new("PROVIDER_TYPE_OIDC");

    /// <summary><c>PROVIDER_TYPE_JWT</c>.</summary>
    public static ProviderType Jwt { get; } = new("PROVIDER_TYPE_JWT");

    /// <summary><c>PROVIDER_TYPE_LDAP</c>.</summary>
    public static ProviderType Ldap { get; } = new("PROVIDER_TYPE_LDAP");

    /// <summary><c>PROVIDER_TYPE_OAUTH</c>.</summary>
    public static ProviderType OAuth { get; } = new("PROVIDER_TYPE_OAUTH");

    /// <summary><c>PROVIDER_TYPE_AZURE_AD</c>.</summary>
    public static ProviderType AzureAD { get; } = new("PROVIDER_TYPE_AZURE_AD");

    /// <summary><c>PROVIDER_TYPE_GITHUB</c>.</summary>
    public static ProviderType GitHub { get; } = new("PROVIDER_TYPE_GITHUB");

    /// <summary><c>PROVIDER_TYPE_GITHUB_ES</c>.</summary>
    public static ProviderType GitHubEs { get; } = new("PROVIDER_TYPE_GITHUB_ES");

    /// <summary><c>PROVIDER_TYPE_GITLAB</c>.</summary>
    public static ProviderType GitLab { get; } = new("PROVIDER_TYPE_GITLAB");

    /// <summary><c>PROVIDER_TYPE_GITLAB_SELF_HOSTED</c>.</summary>
    public static ProviderType GitLabSelfHosted { get; } = new("PROVIDER_TYPE_GITLAB_SELF_HOSTED");

    /// <summary><c>PROVIDER_TYPE_GOOGLE</c>.</summary>
    public static ProviderType Google { get; } = new("PROVIDER_TYPE_GOOGLE");

    /// <summary><c>PROVIDER_TYPE_APPLE</c>.</summary>
    public static ProviderType Apple { get; } = new("PROVIDER_TYPE_APPLE");

    /// <summary><c>PROVIDER_TYPE_SAML</c>.</summary>
    public static ProviderType Saml { get; } = new("PROVIDER_TYPE_SAML");

    private static readonly ProviderType[] Known = [Unspecified, Oidc, Jwt, Ldap, OAuth, AzureAD, GitHub, GitHubEs, GitLab, GitLabSelfHosted, Google, Apple, Saml];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public ProviderType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static ProviderType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
