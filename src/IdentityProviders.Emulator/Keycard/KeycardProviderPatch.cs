using System.Text.Json;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>A member of a JSON merge patch: absent (unchanged), or present with a value that may be null (cleared).</summary>
internal readonly record struct Patch<T>(bool IsSet, T Value)
{
    public T ApplyTo(T current) => IsSet ? Value : current;
}

/// <summary>Creates present <see cref="Patch{T}"/> members.</summary>
internal static class Patch
{
    public static Patch<T> Set<T>(T value) => new(true, value);
}

/// <summary>A validated create or update request body. A create is a patch applied to an empty provider.</summary>
internal sealed record KeycardProviderPatch
{
    public Patch<string> Name { get; init; }

    public Patch<string> Identifier { get; init; }

    public Patch<string> Slug { get; init; }

    public Patch<string> Type { get; init; }

    public Patch<string?> Description { get; init; }

    public Patch<string?> ClientId { get; init; }

    public Patch<string?> ClientSecret { get; init; }

    public Patch<JsonElement?> Metadata { get; init; }

    public Patch<KeycardProtocolsPatch?> Protocols { get; init; }
}

/// <summary>The <c>protocols</c> member of a patch.</summary>
internal sealed record KeycardProtocolsPatch
{
    public Patch<KeycardOAuth2Patch?> OAuth2 { get; init; }

    public Patch<KeycardOpenIdPatch?> OpenId { get; init; }

    public KeycardProtocols? ApplyTo(KeycardProtocols? current) => (current ?? new KeycardProtocols()) with
    {
        OAuth2 = OAuth2.IsSet ? OAuth2.Value?.ApplyTo(current?.OAuth2) : current?.OAuth2,
        OpenId = OpenId.IsSet ? OpenId.Value?.ApplyTo(current?.OpenId) : current?.OpenId,
    };
}

/// <summary>The <c>protocols.oauth2</c> member of a patch.</summary>
internal sealed record KeycardOAuth2Patch
{
    public Patch<string?> Issuer { get; init; }

    public Patch<string?> AuthorizationEndpoint { get; init; }

    public Patch<string?> TokenEndpoint { get; init; }

    public Patch<string?> RegistrationEndpoint { get; init; }

    public Patch<string?> JwksUri { get; init; }

    public Patch<IReadOnlyList<string>?> CodeChallengeMethodsSupported { get; init; }

    public Patch<IReadOnlyList<string>?> ScopesSupported { get; init; }

    public Patch<IReadOnlyDictionary<string, string>?> AuthorizationParameters { get; init; }

    public Patch<bool?> AuthorizationResourceEnabled { get; init; }

    public Patch<string?> AuthorizationResourceParameter { get; init; }

    public Patch<string?> ScopeParameter { get; init; }

    public Patch<string?> ScopeSeparator { get; init; }

    public Patch<string?> TokenResponseAccessTokenPointer { get; init; }

    public KeycardOAuth2Protocol ApplyTo(KeycardOAuth2Protocol? current)
    {
        var c = current ?? new KeycardOAuth2Protocol();
        return c with
        {
            Issuer = Issuer.ApplyTo(c.Issuer),
            AuthorizationEndpoint = AuthorizationEndpoint.ApplyTo(c.AuthorizationEndpoint),
            TokenEndpoint = TokenEndpoint.ApplyTo(c.TokenEndpoint),
            RegistrationEndpoint = RegistrationEndpoint.ApplyTo(c.RegistrationEndpoint),
            JwksUri = JwksUri.ApplyTo(c.JwksUri),
            CodeChallengeMethodsSupported = CodeChallengeMethodsSupported.ApplyTo(c.CodeChallengeMethodsSupported),
            ScopesSupported = ScopesSupported.ApplyTo(c.ScopesSupported),
            AuthorizationParameters = AuthorizationParameters.ApplyTo(c.AuthorizationParameters),
            AuthorizationResourceEnabled = AuthorizationResourceEnabled.ApplyTo(c.AuthorizationResourceEnabled),
            AuthorizationResourceParameter = AuthorizationResourceParameter.ApplyTo(c.AuthorizationResourceParameter),
            ScopeParameter = ScopeParameter.ApplyTo(c.ScopeParameter),
            ScopeSeparator = ScopeSeparator.ApplyTo(c.ScopeSeparator),
            TokenResponseAccessTokenPointer = TokenResponseAccessTokenPointer.ApplyTo(c.TokenResponseAccessTokenPointer),
        };
    }
}

/// <summary>The <c>protocols.openid</c> member of a patch.</summary>
internal sealed record KeycardOpenIdPatch
{
    public Patch<string?> UserinfoEndpoint { get; init; }

    public Patch<IReadOnlyList<string>?> Scopes { get; init; }

    public Patch<string?> UserIdentifierClaim { get; init; }

    public KeycardOpenIdProtocol ApplyTo(KeycardOpenIdProtocol? current)
    {
        var c = current ?? new KeycardOpenIdProtocol();
        return c with
        {
            UserinfoEndpoint = UserinfoEndpoint.ApplyTo(c.UserinfoEndpoint),
            Scopes = Scopes.ApplyTo(c.Scopes),
            UserIdentifierClaim = UserIdentifierClaim.ApplyTo(c.UserIdentifierClaim),
        };
    }
}
