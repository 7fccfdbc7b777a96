namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a GitHub provider (<c>github</c>): the OAuth client only.</summary>
public sealed record GitHubConfig : OAuthIdentityProviderConfig;
