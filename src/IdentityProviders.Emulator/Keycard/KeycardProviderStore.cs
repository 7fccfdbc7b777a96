using System.Security.Cryptography;

namespace IdentityProviders.Emulator.Keycard;

/// <summary>
/// The in-memory providers of every zone of one emulator instance. Thread-safe: one lock guards all zones, and
/// records are immutable, so what a reader got stays consistent after the lock is released.
/// </summary>
internal sealed class KeycardProviderStore
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeycardZone> _zones = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private long _sequence;

    public KeycardProviderStore(TimeProvider timeProvider, string seedZoneId, int seedCount)
    {
        _timeProvider = timeProvider;
        var zone = GetOrAddZone(seedZoneId);
        foreach (var provider in KeycardSeedData.Create(seedZoneId, seedCount))
        {
            zone.Add(provider);
            _sequence = provider.Sequence;
        }
    }

    public KeycardProvider? Get(string zoneId, string id)
    {
        lock (_gate)
        {
            return _zones.GetValueOrDefault(zoneId)?.Find(id);
        }
    }

    public KeycardStoreResult Create(string zoneId, KeycardProviderPatch patch)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var zone = GetOrAddZone(zoneId);
            var identifier = patch.Identifier.Value;
            if (zone.IdentifierTaken(identifier))
            {
                return IdentifierConflict(identifier, zoneId);
            }

            string slug;
            if (patch.Slug.IsSet)
            {
                slug = patch.Slug.Value;
                if (zone.SlugTaken(slug))
                {
                    return SlugConflict(slug, zoneId);
                }
            }
            else
            {
                slug = KeycardSlug.MakeUnique(KeycardSlug.FromName(patch.Name.Value), s => zone.SlugTaken(s));
            }

            string id;
            do
            {
                id = "prv_" + RandomNumberGenerator.GetString(IdAlphabet, 20);
            }
            while (zone.ContainsId(id));

            var blank = new KeycardProvider
            {
                Sequence = ++_sequence,
                Id = id,
                ZoneId = zoneId,
                OrganizationId = KeycardConstants.OrganizationId,
                OwnerType = KeycardConstants.OwnerCustomer,
                Slug = slug,
                Name = patch.Name.Value,
                Identifier = identifier,
                Type = KeycardConstants.TypeExternal,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var provider = Merge(blank, patch with { Slug = Patch.Set(slug) }, now);
            zone.Add(provider);
            return new KeycardStoreResult(KeycardStoreStatus.Ok, provider);
        }
    }

    public KeycardStoreResult Update(string zoneId, string id, KeycardProviderPatch patch)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            var zone = _zones.GetValueOrDefault(zoneId);
            var current = zone?.Find(id);
            if (zone is null || current is null)
            {
                return NotFound(id, zoneId);
            }

            if (current.IsPlatformOwned)
            {
                return PlatformOwned(id);
            }

            var updated = Merge(current, patch, now);
            if (zone.IdentifierTaken(updated.Identifier, id))
            {
                return IdentifierConflict(updated.Identifier, zoneId);
            }

            if (zone.SlugTaken(updated.Slug, id))
            {
                return SlugConflict(updated.Slug, zoneId);
            }

            zone.Replace(current, updated);
            return new KeycardStoreResult(KeycardStoreStatus.Ok, updated);
        }
    }

    public KeycardStoreResult Delete(string zoneId, string id)
    {
        lock (_gate)
        {
            var zone = _zones.GetValueOrDefault(zoneId);
            var current = zone?.Find(id);
            if (zone is null || current is null)
            {
                return NotFound(id, zoneId);
            }

            if (current.IsPlatformOwned)
            {
                return PlatformOwned(id);
            }

            zone.Remove(current);
            return new KeycardStoreResult(KeycardStoreStatus.Ok, current);
        }
    }

    /// <summary>
    /// Returns one page. Walks outwards from the cursor's position, so a page costs about <c>limit</c> steps
    /// without filters, whatever the zone's size; has_next_page and has_previous_page are exact.
    /// </summary>
    public KeycardPage List(string zoneId, KeycardListQuery query)
    {
        lock (_gate)
        {
            var zone = _zones.GetValueOrDefault(zoneId);
            if (zone is null)
            {
                return new KeycardPage([], false, false, query.IncludeTotalCount ? 0 : null);
            }

            var items = new List<KeycardProvider>(Math.Min(query.Limit, zone.Count));
            bool hasNext, hasPrevious;
            if (query.Before is { } before)
            {
                var end = zone.LowerBound(before);
                var i = end - 1;
                for (; i >= 0 && items.Count < query.Limit; i--)
                {
                    if (query.Matches(zone[i]))
                    {
                        items.Add(zone[i]);
                    }
                }

                items.Reverse();
                hasPrevious = AnyMatch(zone, query, i, -1);
                hasNext = AnyMatch(zone, query, end, +1);
            }
            else
            {
                var start = query.After is { } after ? zone.LowerBound(after + 1) : 0;
                var i = start;
                for (; i < zone.Count && items.Count < query.Limit; i++)
                {
                    if (query.Matches(zone[i]))
                    {
                        items.Add(zone[i]);
                    }
                }

                hasNext = AnyMatch(zone, query, i, +1);
                hasPrevious = AnyMatch(zone, query, start - 1, -1);
            }

            int? total = null;
            if (query.IncludeTotalCount)
            {
                var count = 0;
                for (var i = 0; i < zone.Count; i++)
                {
                    if (query.Matches(zone[i]))
                    {
                        count++;
                    }
                }

                total = count;
            }

            return new KeycardPage(items, hasNext, hasPrevious, total);
        }
    }

    private static bool AnyMatch(KeycardZone zone, KeycardListQuery query, int from, int step)
    {
        for (var i = from; i >= 0 && i < zone.Count; i += step)
        {
            if (query.Matches(zone[i]))
            {
                return true;
            }
        }

        return false;
    }

    private KeycardZone GetOrAddZone(string zoneId)
    {
        if (!_zones.TryGetValue(zoneId, out var zone))
        {
            zone = new KeycardZone();
            _zones.Add(zoneId, zone);
        }

        return zone;
    }

    private static KeycardProvider Merge(KeycardProvider current, KeycardProviderPatch patch, DateTimeOffset now)
    {
        var merged = current with
        {
            Name = patch.Name.ApplyTo(current.Name),
            Identifier = patch.Identifier.ApplyTo(current.Identifier),
            Slug = patch.Slug.ApplyTo(current.Slug),
            Type = patch.Type.ApplyTo(current.Type),
            Description = patch.Description.ApplyTo(current.Description),
            ClientId = patch.ClientId.ApplyTo(current.ClientId),
            ClientSecret = patch.ClientSecret.ApplyTo(current.ClientSecret),
            Metadata = patch.Metadata.ApplyTo(current.Metadata),
            Protocols = patch.Protocols.IsSet ? patch.Protocols.Value?.ApplyTo(current.Protocols) : current.Protocols,
            UpdatedAt = now,
        };

        // The current API always returns protocols.oauth2.issuer; the spec's create body has no issuer, so one is
        // derived for spec-shaped requests: the identifier when it is a URL, else the endpoints' origin.
        if (merged.Protocols?.OAuth2 is { Issuer: null } oauth2)
        {
            merged = merged with
            {
                Protocols = merged.Protocols with { OAuth2 = oauth2 with { Issuer = DeriveIssuer(merged.Identifier, oauth2) } },
            };
        }

        return merged;
    }

    private static string DeriveIssuer(string identifier, KeycardOAuth2Protocol oauth2)
    {
        foreach (var candidate in new[] { identifier, oauth2.AuthorizationEndpoint, oauth2.TokenEndpoint })
        {
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return candidate == identifier ? identifier : uri.GetLeftPart(UriPartial.Authority);
            }
        }

        return identifier;
    }

    private static KeycardStoreResult NotFound(string id, string zoneId) =>
        new(KeycardStoreStatus.NotFound, Message: $"provider {id} not found in zone {zoneId}");

    private static KeycardStoreResult PlatformOwned(string id) =>
        new(KeycardStoreStatus.Forbidden, Message: $"provider {id} is platform-owned and cannot be modified");

    private static KeycardStoreResult IdentifierConflict(string identifier, string zoneId) =>
        new(KeycardStoreStatus.Conflict, Message: $"a provider with identifier '{identifier}' already exists in zone {zoneId}");

    private static KeycardStoreResult SlugConflict(string slug, string zoneId) =>
        new(KeycardStoreStatus.Conflict, Message: $"a provider with slug '{slug}' already exists in zone {zoneId}");
}
