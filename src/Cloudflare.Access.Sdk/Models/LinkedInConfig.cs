namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a LinkedIn provider (<c>linkedin</c>): the OAuth client only.</summary>
public sealed record LinkedInConfig : OAuthIdentityProviderConfig;
