using System.Text.Json.Serialization;
using IdentityProviders.Sdk.Json;

namespace Keycard.Sdk.Models;

/// <summary>A partial update of the OAuth 2.0 configuration; only set properties are sent.</summary>
public sealed record ProviderOAuth2ProtocolUpdate
{
    /// <summary>OIDC issuer URL. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("issuer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Issuer { get; init; }

    /// <summary>The authorization endpoint URL. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("authorization_endpoint")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> AuthorizationEndpoint { get; init; }

    /// <summary>Custom query parameters appended to authorization redirect URLs. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("authorization_parameters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<IReadOnlyDictionary<string, string>?> AuthorizationParameters { get; init; }

    /// <summary>Whether to include the resource parameter in authorization requests. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("authorization_resource_enabled")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool?> AuthorizationResourceEnabled { get; init; }

    /// <summary>The resource parameter name. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("authorization_resource_parameter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> AuthorizationResourceParameter { get; init; }

    /// <summary>PKCE code challenge methods supported. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("code_challenge_methods_supported")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<IReadOnlyList<string>?> CodeChallengeMethodsSupported { get; init; }

    /// <summary>The JWKS URL. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("jwks_uri")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> JwksUri { get; init; }

    /// <summary>The dynamic client registration endpoint URL. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("registration_endpoint")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> RegistrationEndpoint { get; init; }

    /// <summary>The query parameter name for scopes. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("scope_parameter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> ScopeParameter { get; init; }

    /// <summary>The separator between scope values. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("scope_separator")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> ScopeSeparator { get; init; }

    /// <summary>Scopes the provider supports. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("scopes_supported")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<IReadOnlyList<string>?> ScopesSupported { get; init; }

    /// <summary>The token endpoint URL. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("token_endpoint")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> TokenEndpoint { get; init; }

    /// <summary>Dot-separated path to the access token in the token response. <see langword="null"/> clears it; unset leaves it unchanged.</summary>
    [JsonPropertyName("token_response_access_token_pointer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> TokenResponseAccessTokenPointer { get; init; }
}
