namespace IdentityProviders.Sdk.Http;

/// <summary>OAuth 2.0 client credentials grant settings (RFC 6749 section 4.4).</summary>
public sealed record ClientCredentialsOptions
{
    /// <summary>The token endpoint.</summary>
    public required Uri TokenEndpoint { get; init; }

    /// <summary>The client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The client secret (sent with HTTP Basic authentication; never logged).</summary>
    public required string ClientSecret { get; init; }

    /// <summary>Space-separated scopes to request, if any.</summary>
    public string? Scope { get; init; }

    /// <summary>
    /// How long before expiry a cached token is refreshed.
    /// <value>The default value is 60 s.</value>
    /// </summary>
    public TimeSpan RefreshBeforeExpiry { get; init; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public override string ToString() => $"ClientCredentialsOptions {{ TokenEndpoint = {TokenEndpoint}, ClientId = {ClientId}, ClientSecret = ***REDACTED***, Scope = {Scope} }}";
}
