using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Cloudflare.Access.Sdk.Models;

/// <summary>The type of a Cloudflare Access identity provider (the <c>type</c> property, which selects the variant).</summary>
/// <remarks>An extensible string value: values a newer server sends are preserved (<see cref="IsKnown"/> is then false), not rejected.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<IdentityProviderType>))]
public readonly record struct IdentityProviderType : IExtensibleEnum<IdentityProviderType>
{
    /// <summary>One-time PIN sent by e-mail (<c>onetimepin</c>).</summary>
    public static IdentityProviderType OneTimePin { get; } = new("onetimepin");

    /// <summary>Microsoft Entra ID / Azure AD (<c>azureAD</c>).</summary>
    public static IdentityProviderType AzureAD { get; } = new("azureAD");

    /// <summary>Generic SAML 2.0 (<c>saml</c>).</summary>
    public static IdentityProviderType Saml { get; } = new("saml");

    /// <summary>Centrify (<c>centrify</c>).</summary>
    public static IdentityProviderType Centrify { get; } = new("centrify");

    /// <summary>Facebook (<c>facebook</c>).</summary>
    public static IdentityProviderType Facebook { get; } = new("facebook");

    /// <summary>GitHub (<c>github</c>).</summary>
    public static IdentityProviderType GitHub { get; } = new("github");

    /// <summary>Google Workspace (<c>google-apps</c>).</summary>
    public static IdentityProviderType GoogleApps { get; } = new("google-apps");

    /// <summary>Google (<c>google</c>).</summary>
    public static IdentityProviderType Google { get; } = new("google");

    /// <summary>LinkedIn (<c>linkedin</c>).</summary>
    public static IdentityProviderType LinkedIn { get; } = new("linkedin");

    /// <summary>Generic OpenID Connect (<c>oidc</c>).</summary>
    public static IdentityProviderType Oidc { get; } = new("oidc");

    /// <summary>Okta (<c>okta</c>).</summary>
    public static IdentityProviderType Okta { get; } = new("okta");

    /// <summary>OneLogin (<c>onelogin</c>).</summary>
    public static IdentityProviderType OneLogin { get; } = new("onelogin");

    /// <summary>PingOne (<c>pingone</c>).</summary>
    public static IdentityProviderType PingOne { get; } = new("pingone");

    /// <summary>Yandex (<c>yandex</c>).</summary>
    public static IdentityProviderType Yandex { get; } = new("yandex");

    private static readonly IdentityProviderType[] Known = [OneTimePin, AzureAD, Saml, Centrify, Facebook, GitHub, GoogleApps, Google, LinkedIn, Oidc, Okta, OneLogin, PingOne, Yandex];

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string.</param>
    public IdentityProviderType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Whether this SDK version knows the value.</summary>
    public bool IsKnown => Array.IndexOf(Known, this) >= 0;

    /// <inheritdoc />
    public static IdentityProviderType Create(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
