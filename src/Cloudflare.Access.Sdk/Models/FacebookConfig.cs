namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a Facebook provider (<c>facebook</c>): the OAuth client only.</summary>
public sealed record FacebookConfig : OAuthIdentityProviderConfig;
