namespace Keycard.Sdk;

/// <summary>OAuth 2.0 client credentials for Keycard (an application's id and secret and the zone's token endpoint).</summary>
public sealed record KeycardClientCredentials
{
    /// <summary>The token endpoint, e.g. <c>https://{zone}.keycard.cloud/oauth/token</c>.</summary>
    public required Uri TokenEndpoint { get; init; }

    /// <summary>The client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The client secret (never printed).</summary>
    public required string ClientSecret { get; init; }

    /// <summary>Space-separated scopes, if the endpoint needs them.</summary>
    public string? Scope { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"KeycardClientCredentials {{ TokenEndpoint = {TokenEndpoint}, ClientId = {ClientId}, ClientSecret = ***REDACTED***, Scope = {Scope} }}";
}
