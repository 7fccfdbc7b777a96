namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a Yandex provider (<c>yandex</c>): the OAuth client only.</summary>
public sealed record YandexConfig : OAuthIdentityProviderConfig;
