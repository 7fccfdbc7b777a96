namespace Cloudflare.Access.Sdk.Models;

/// <summary>The configuration of a one-time PIN provider: the documented object is empty (<c>{}</c>).</summary>
public sealed record OneTimePinConfig : IdentityProviderConfig;
