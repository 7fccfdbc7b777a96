using System.Globalization;

namespace IdentityProviders.Sdk;

/// <summary>
/// A vendor-neutral OpenID Connect (or OAuth 2.0) provider definition: what <see cref="IIdentityProviderClient.CreateOidcAsync"/>
/// maps onto each vendor's own create request. <see cref="ToString"/> never shows <see cref="ClientSecret"/>.
/// </summary>
public sealed record OidcProviderDefinition
{
    /// <summary>The longest name accepted (the shortest vendor limit is Waldur's 32-character key, derived separately).</summary>
    public const int MaxNameLength = 200;

    /// <summary>Gets the display name of the new provider.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the issuer URL (the base of <c>/.well-known/openid-configuration</c>).</summary>
    public string? Issuer { get; init; }

    /// <summary>Gets the client id registered at the upstream provider.</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the client secret; never read back from a vendor, so copies must supply it.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Gets the scopes to request; <see langword="null"/> for the vendor's default (usually <c>openid email profile</c>).</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Gets the authorization endpoint, when known.</summary>
    public string? AuthorizationEndpoint { get; init; }

    /// <summary>Gets the token endpoint, when known.</summary>
    public string? TokenEndpoint { get; init; }

    /// <summary>Gets the user-info endpoint, when known.</summary>
    public string? UserInfoEndpoint { get; init; }

    /// <summary>Gets the JSON Web Key Set URL, when known.</summary>
    public string? JwksUri { get; init; }

    /// <summary>Gets a value indicating whether PKCE is required; <see langword="null"/> for the vendor's default.</summary>
    public bool? UsePkce { get; init; }

    /// <summary>
    /// Builds a definition from an existing provider's normalized record (the client secret is never part of it: pass
    /// it separately). Fails when the provider is not OIDC/OAuth or lacks a client id.
    /// </summary>
    /// <param name="provider">The source provider.</param>
    /// <param name="clientSecret">The client secret for the copy, or <see langword="null"/>.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The provider cannot be expressed as an OIDC definition.</exception>
    public static OidcProviderDefinition FromProvider(IdentityProviderInfo provider, string? clientSecret = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (provider.Protocol != ProtocolFamily.Oidc && provider.Protocol != ProtocolFamily.OAuth2)
        {
            throw Invalid(nameof(provider), $"{provider.Vendor} provider '{provider.Id}' uses {provider.Protocol}; only OIDC and OAuth 2.0 providers can be copied.");
        }

        if (string.IsNullOrWhiteSpace(provider.ClientId))
        {
            throw Invalid(nameof(provider), $"{provider.Vendor} provider '{provider.Id}' has no client id to copy.");
        }

        return new OidcProviderDefinition
        {
            Name = provider.Name,
            Issuer = provider.Issuer,
            ClientId = provider.ClientId,
            ClientSecret = clientSecret,
            Scopes = provider.Scopes,
            AuthorizationEndpoint = provider.AuthorizationEndpoint,
            TokenEndpoint = provider.TokenEndpoint,
            UserInfoEndpoint = provider.UserInfoEndpoint,
            JwksUri = provider.JwksUri,
            UsePkce = provider.PkceEnabled,
        };
    }

    /// <summary>
    /// Checks the definition against what every vendor needs plus <paramref name="requiredFields"/> (see
    /// <see cref="IdentityProviderCapabilities.RequiredOidcFields"/>). Called before any request is sent.
    /// </summary>
    /// <param name="vendor">The vendor the definition is for, named in messages.</param>
    /// <param name="requiredFields">Further property names that must be set.</param>
    /// <exception cref="ArgumentException">A field is missing or not an absolute http(s) URL; the parameter is the field.</exception>
    public void Validate(string vendor, IReadOnlyCollection<string>? requiredFields = null)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw Invalid(nameof(Name), $"{vendor}: an OIDC provider needs a name.");
        }

        if (Name.Length > MaxNameLength)
        {
            throw Invalid(nameof(Name), string.Create(CultureInfo.InvariantCulture, $"{vendor}: the name is {Name.Length} characters; the limit is {MaxNameLength}."));
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw Invalid(nameof(ClientId), $"{vendor}: an OIDC provider needs a client id.");
        }

        if (Scopes is not null && Scopes.Any(s => string.IsNullOrWhiteSpace(s) || s.Any(char.IsWhiteSpace)))
        {
            throw Invalid(nameof(Scopes), $"{vendor}: scopes must be non-empty and contain no spaces.");
        }

        foreach (var (name, value) in Urls())
        {
            if (value is not null && !IsHttpUrl(value))
            {
                throw Invalid(name, $"{vendor}: {name} '{value}' is not an absolute http(s) URL.");
            }

            if (value is null && requiredFields?.Contains(name) == true)
            {
                throw Invalid(name, $"{vendor} needs {name} to create an OIDC provider, and the definition has none.");
            }
        }

        if (requiredFields?.Contains(nameof(ClientSecret)) == true && string.IsNullOrEmpty(ClientSecret))
        {
            throw Invalid(nameof(ClientSecret), $"{vendor} needs a client secret to create an OIDC provider; secrets are never read back, so supply it.");
        }
    }

    /// <summary>A description without the client secret.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"OidcProviderDefinition {{ Name = {Name}, Issuer = {Issuer}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "***REDACTED***")}, Scopes = [{(Scopes is null ? string.Empty : string.Join(' ', Scopes))}], UsePkce = {UsePkce} }}";

    private IEnumerable<(string Name, string? Value)> Urls()
    {
        yield return (nameof(Issuer), Issuer);
        yield return (nameof(AuthorizationEndpoint), AuthorizationEndpoint);
        yield return (nameof(TokenEndpoint), TokenEndpoint);
        yield return (nameof(UserInfoEndpoint), UserInfoEndpoint);
        yield return (nameof(JwksUri), JwksUri);
    }

    // The parameter is "definition.Field": callers pass the definition, and the field says what to fix.
    private static ArgumentException Invalid(string field, string message) => new(message, "definition." + field);

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
