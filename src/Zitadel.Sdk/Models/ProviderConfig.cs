using System.Text.Json.Serialization;

namespace Zitadel.Sdk.Models;

/// <summary>
/// The <c>config</c> of a <see cref="Provider"/>: the shared <see cref="Options"/> plus exactly one provider-specific
/// key (<c>ldap</c>, <c>google</c>, <c>oauth</c>, <c>oidc</c>, <c>jwt</c>, <c>github</c>, <c>githubEs</c>,
/// <c>gitlab</c>, <c>gitlabSelfHosted</c>, <c>azureAd</c>, <c>apple</c>, <c>saml</c>). The concrete type is the
/// variant whose key is present (e.g. <see cref="LdapProviderConfig"/>), or <see cref="UnknownProviderConfig"/> when
/// no key or a key this SDK version does not know is present. Pattern-match on it:
/// <code>
/// var issuer = provider.Config switch
/// {
///     GenericOidcProviderConfig { Oidc: var oidc } => oidc.Issuer,
///     LdapProviderConfig { Ldap: var ldap } => ldap.Servers?.FirstOrDefault(),
///     _ => null,
/// };
/// </code>
/// </summary>
public abstract record ProviderConfig
{
    /// <summary>Creates the base of a variant.</summary>
    private protected ProviderConfig()
    {
    }

    /// <summary>Linking, creation, auto-creation, auto-update and auto-linking options, shared by every type.</summary>
    [JsonPropertyName("options")]
    [JsonPropertyOrder(-1)]
    public ProviderOptions? Options { get; init; }

    /// <summary>The variant key (e.g. <c>ldap</c>); for an unknown variant the key the server sent, or <see langword="null"/> when it sent none.</summary>
    [JsonIgnore]
    public abstract string? Key { get; }
}
