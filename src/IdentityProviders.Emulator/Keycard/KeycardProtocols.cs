using System.Text.Json.Serialization;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>Protocol configuration of a provider, as stored and as written on the wire (<c>protocols</c>).</summary>
internal sealed record KeycardProtocols
{
    [JsonPropertyName("oauth2")]
    public KeycardOAuth2Protocol? OAuth2 { get; init; }

    [JsonPropertyName("openid")]
    public KeycardOpenIdProtocol? OpenId { get; init; }
}

/// <summary>OAuth 2.0 configuration (<c>protocols.oauth2</c>); <c>issuer</c> is always present in responses.</summary>
internal sealed record KeycardOAuth2Protocol
{
    [JsonPropertyName("issuer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Issuer { get; init; }

    [JsonPropertyName("authorization_endpoint")]
    public string? AuthorizationEndpoint { get; init; }

    [JsonPropertyName("token_endpoint")]
    public string? TokenEndpoint { get; init; }

    [JsonPropertyName("registration_endpoint")]
    public string? RegistrationEndpoint { get; init; }

    [JsonPropertyName("jwks_uri")]
    public string? JwksUri { get; init; }

    [JsonPropertyName("code_challenge_methods_supported")]
    public IReadOnlyList<string>? CodeChallengeMethodsSupported { get; init; }

    [JsonPropertyName("scopes_supported")]
    public IReadOnlyList<string>? ScopesSupported { get; init; }

    [JsonPropertyName("authorization_parameters")]
    public IReadOnlyDictionary<string, string>? AuthorizationParameters { get; init; }

    [JsonPropertyName("authorization_resource_enabled")]
    public bool? AuthorizationResourceEnabled { get; init; }

    [JsonPropertyName("authorization_resource_parameter")]
    public string? AuthorizationResourceParameter { get; init; }

    [JsonPropertyName("scope_parameter")]
    public string? ScopeParameter { get; init; }

    [JsonPropertyName("scope_separator")]
    public string? ScopeSeparator { get; init; }

    [JsonPropertyName("token_response_access_token_pointer")]
    public string? TokenResponseAccessTokenPointer { get; init; }
}

/// <summary>OpenID Connect configuration (<c>protocols.openid</c>).</summary>
internal sealed record KeycardOpenIdProtocol
{
    [JsonPropertyName("userinfo_endpoint")]
    public string? UserinfoEndpoint { get; init; }

    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    [JsonPropertyName("user_identifier_claim")]
    public string? UserIdentifierClaim { get; init; }
}
