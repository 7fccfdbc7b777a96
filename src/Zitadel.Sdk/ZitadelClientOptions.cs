using IdentityProviders.Sdk.Http;

namespace Zitadel.Sdk;

/// <summary>
/// Settings of a <see cref="ZitadelClient"/>. <see cref="IdentityProviderClientOptions.BaseAddress"/> is the instance
/// URL (e.g. <c>https://my-instance.zitadel.cloud</c>). Shared settings (timeouts, retries, logging) are documented on
/// the base class.
/// </summary>
public sealed class ZitadelClientOptions : IdentityProviderClientOptions
{
    /// <summary>A personal access token (sent as <c>Authorization: Bearer</c>). Give this or <see cref="ServiceAccountKey"/>, not both.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// A service-user (or application) key file; the client signs JWT profile assertions with it and caches the access
    /// tokens it gets. Load one with <see cref="ZitadelServiceAccountKey.FromFile"/>. Give this or <see cref="Token"/>.
    /// </summary>
    public ZitadelServiceAccountKey? ServiceAccountKey { get; set; }

    /// <summary>The issuer: the assertion's audience and the base of <c>/oauth/v2/token</c>; <see langword="null"/> for the base address.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>
    /// The scopes requested with a key file.
    /// <value>The default value is <c>openid urn:zitadel:iam:org:project:id:zitadel:aud</c>.</value>
    /// </summary>
    public string Scope { get; set; } = ZitadelJwtProfileTokenProvider.DefaultScope;

    /// <summary>
    /// How long each signed assertion is valid.
    /// <value>The default value is 1 hour.</value>
    /// </summary>
    public TimeSpan AssertionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The organization sent as <c>x-zitadel-orgid</c> by <see cref="ZitadelClient.Organization"/>; <see langword="null"/> for the user's own organization.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>
    /// The level of the <see cref="IdentityProviders.Sdk.IIdentityProviderClient"/> registered by dependency injection.
    /// <value>The default value is <see cref="ZitadelLevel.Organization"/>.</value>
    /// </summary>
    public ZitadelLevel Level { get; set; } = ZitadelLevel.Organization;

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var problem in base.Validate())
        {
            yield return problem;
        }

        var hasToken = !string.IsNullOrWhiteSpace(Token);
        if (hasToken == (ServiceAccountKey is not null))
        {
            yield return "Give exactly one of Token (a personal access token) or ServiceAccountKey (a key file).";
        }

        if (ServiceAccountKey is { } key && (string.IsNullOrWhiteSpace(key.KeyId) || string.IsNullOrWhiteSpace(key.Key) || string.IsNullOrWhiteSpace(key.Subject)))
        {
            yield return "ServiceAccountKey needs KeyId, Key and UserId (or ClientId for application keys).";
        }

        if (Issuer is not null && (!Issuer.IsAbsoluteUri || (Issuer.Scheme != Uri.UriSchemeHttps && Issuer.Scheme != Uri.UriSchemeHttp)))
        {
            yield return "Issuer must be an absolute http(s) URL.";
        }

        if (string.IsNullOrWhiteSpace(Scope))
        {
            yield return "Scope must not be empty.";
        }

        if (AssertionLifetime <= TimeSpan.Zero || AssertionLifetime > TimeSpan.FromHours(1))
        {
            yield return "AssertionLifetime must be positive and at most 1 hour (Zitadel rejects longer assertions).";
        }

        if (OrganizationId is { } org && (string.IsNullOrWhiteSpace(org) || org.Length > 200))
        {
            yield return "OrganizationId must be 1..200 characters when set.";
        }
        else if (OrganizationId is { } header && (header[0] == ' ' || header[^1] == ' ' || header.AsSpan().IndexOfAnyExceptInRange(' ', '~') >= 0))
        {
            // Sent as x-zitadel-orgid: CR/LF would start another header, non-ASCII is refused by the HTTP stack.
            yield return "OrganizationId must be printable ASCII without leading or trailing spaces (it is sent as the x-zitadel-orgid header).";
        }

        if (!Enum.IsDefined(Level))
        {
            yield return "Level must be Organization or Instance.";
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"ZitadelClientOptions {{ BaseAddress = {BaseAddress}, Token = {(Token is null ? "null" : "***REDACTED***")}, ServiceAccountKey = {ServiceAccountKey?.ToString() ?? "null"}, Issuer = {Issuer}, OrganizationId = {OrganizationId}, Level = {Level} }}";
}
