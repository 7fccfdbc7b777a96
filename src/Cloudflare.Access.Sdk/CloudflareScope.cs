using IdentityProviders.Sdk;

namespace Cloudflare.Access.Sdk;

/// <summary>
/// Where identity providers live: one account (<c>/accounts/{account_id}</c>) or one zone (<c>/zones/{zone_id}</c>),
/// never both. A scoped API token must be used with the scope it was issued for.
/// </summary>
public sealed record CloudflareScope
{
    /// <summary>The longest account or zone id the API accepts (<c>access_identifier</c>: 32 characters).</summary>
    public const int MaxIdLength = 32;

    private CloudflareScope(bool isZone, string id)
    {
        IsZone = isZone;
        Id = id;
    }

    /// <summary>Whether this is a zone scope (otherwise an account scope).</summary>
    public bool IsZone { get; }

    /// <summary>The account id or zone id.</summary>
    public string Id { get; }

    /// <summary>The account id, or <see langword="null"/> for a zone scope.</summary>
    public string? AccountId => IsZone ? null : Id;

    /// <summary>The zone id, or <see langword="null"/> for an account scope.</summary>
    public string? ZoneId => IsZone ? Id : null;

    /// <summary>An account scope.</summary>
    /// <param name="accountId">The account id (1..32 characters).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="accountId"/> is empty or too long.</exception>
    public static CloudflareScope Account(string accountId)
    {
        Validate(accountId, nameof(accountId));
        return new CloudflareScope(false, accountId);
    }

    /// <summary>A zone scope.</summary>
    /// <param name="zoneId">The zone id (1..32 characters).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is empty or too long.</exception>
    public static CloudflareScope Zone(string zoneId)
    {
        Validate(zoneId, nameof(zoneId));
        return new CloudflareScope(true, zoneId);
    }

    /// <summary>The scope named by exactly one of an account id and a zone id (as the vendor SDKs take them).</summary>
    /// <param name="accountId">The account id, or <see langword="null"/>.</param>
    /// <param name="zoneId">The zone id, or <see langword="null"/>.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">Both or neither are given, or the id is invalid.</exception>
    public static CloudflareScope From(string? accountId, string? zoneId)
    {
        var hasAccount = !string.IsNullOrEmpty(accountId);
        var hasZone = !string.IsNullOrEmpty(zoneId);
        return (hasAccount, hasZone) switch
        {
            (true, true) => throw new ArgumentException("Give an account id or a zone id, not both: the account and zone scopes are mutually exclusive.", nameof(zoneId)),
            (false, false) => throw new ArgumentException("An account id or a zone id is required.", nameof(accountId)),
            (true, false) => Account(accountId!),
            _ => Zone(zoneId!),
        };
    }

    /// <summary>The path prefix, e.g. <c>accounts/023e...</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => (IsZone ? "zones/" : "accounts/") + Id;

    private static void Validate(string id, string paramName)
    {
        ArgumentGuard.PathSegment(id, paramName);
        ArgumentGuard.Length(id, paramName, 1, MaxIdLength);
    }
}
