using System.Text.Json.Serialization;

namespace Keycard.Sdk.Models;

/// <summary>OAuth 2.0 protocol configuration.</summary>
public sealed record ProviderOAuth2Protocol
{
    /// <summary>OIDC issuer URL used for discovery and token validation.</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    /// <summary>The authorization endpoint URL.</summary>
    [JsonPropertyName("authorization_endpoint")]
    public string? AuthorizationEndpoint { get; init; }

    /// <summary>Custom query parameters appended to authorization redirect URLs (e.g. Google <c>prompt=consent</c>).</summary>
    [JsonPropertyName("authorization_parameters")]
    public IReadOnlyDictionary<string, string>? AuthorizationParameters { get; init; }

    /// <summary>Whether to include the resource parameter in authorization requests.</summary>
    [JsonPropertyName("authorization_resource_enabled")]
    public bool? AuthorizationResourceEnabled { get; init; }

    /// <summary>The resource parameter name; <c>resource</c> when <see cref="AuthorizationResourceEnabled"/> and unset.</summary>
    [JsonPropertyName("authorization_resource_parameter")]
    public string? AuthorizationResourceParameter { get; init; }

    /// <summary>PKCE code challenge methods the provider supports.</summary>
    [JsonPropertyName("code_challenge_methods_supported")]
    public IReadOnlyList<string>? CodeChallengeMethodsSupported { get; init; }

    /// <summary>The JWKS URL.</summary>
    [JsonPropertyName("jwks_uri")]
    public string? JwksUri { get; init; }

    /// <summary>The dynamic client registration endpoint URL.</summary>
    [JsonPropertyName("registration_endpoint")]
    public string? RegistrationEndpoint { get; init; }

    /// <summary>The query parameter name for scopes; <c>scope</c> when unset (Slack v2 uses <c>user_scope</c>).</summary>
    [JsonPropertyName("scope_parameter")]
    public string? ScopeParameter { get; init; }

    /// <summary>The separator between scope values; a space when unset (Slack v2 uses <c>,</c>).</summary>
    [JsonPropertyName("scope_separator")]
    public string? ScopeSeparator { get; init; }

    /// <summary>Scopes the provider supports.</summary>
    [JsonPropertyName("scopes_supported")]
    public IReadOnlyList<string>? ScopesSupported { get; init; }

    /// <summary>The token endpoint URL.</summary>
    [JsonPropertyName("token_endpoint")]
    public string? TokenEndpoint { get; init; }

    /// <summary>Dot-separated path to the access token in the token response; <c>access_token</c> when unset.</summary>
    [JsonPropertyName("token_response_access_token_pointer")]
    public string? TokenResponseAccessTokenPointer { get; init; }
}
