using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Cloudflare;

/// <summary>
/// The in-memory identity providers of the emulated account and zone, in creation order. Thread-safe: one lock
/// guards both scopes, and records are immutable.
/// </summary>
internal sealed class CloudflareStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ScopeProviders> _scopes = new(StringComparer.Ordinal);

    public CloudflareStore(CloudflareSettings settings)
    {
        _scopes[AccountKey(settings.AccountId)] = new ScopeProviders(CloudflareSeedData.Create('a', settings.SeedCount));
        _scopes[ZoneKey(settings.ZoneId)] = new ScopeProviders(CloudflareSeedData.Create('b', settings.SeedCount));
    }

    public static string AccountKey(string accountId) => "accounts/" + accountId;

    public static string ZoneKey(string zoneId) => "zones/" + zoneId;

    /// <summary>Whether the credentials may act on the scope (only the configured account and zone exist).</summary>
    public bool HasScope(string scopeKey)
    {
        lock (_gate)
        {
            return _scopes.ContainsKey(scopeKey);
        }
    }

    public (IReadOnlyList<CloudflareIdentityProvider> Items, int Total) List(string scopeKey, int page, int perPage, bool scimOnly)
    {
        lock (_gate)
        {
            var scope = _scopes[scopeKey];
            var matching = scimOnly ? scope.Items.Where(p => p.ScimEnabled).ToList() : scope.Items;
            var skip = (long)(page - 1) * perPage;
            var items = skip >= matching.Count ? [] : matching.Skip((int)skip).Take(perPage).ToList();
            return (items, matching.Count);
        }
    }

    public CloudflareIdentityProvider? Get(string scopeKey, string id)
    {
        lock (_gate)
        {
            return _scopes[scopeKey].Find(id);
        }
    }

    /// <summary>Adds a provider; returns it and whether its SCIM secret was generated now.</summary>
    public (CloudflareIdentityProvider Provider, bool NewScimSecret) Create(string scopeKey, CloudflareProviderInput input)
    {
        lock (_gate)
        {
            var scope = _scopes[scopeKey];
            string id;
            do
            {
                id = Guid.NewGuid().ToString();
            }
            while (scope.Find(id) is not null);

            var provider = new CloudflareIdentityProvider { Id = id, Name = input.Name, Type = input.Type, Config = input.Config, Scim = input.Scim };
            var newSecret = provider.ScimEnabled;
            if (newSecret)
            {
                provider = provider with { ScimSecret = NewScimSecret() };
            }

            scope.Add(provider);
            return (provider, newSecret);
        }
    }

    /// <summary>Replaces a provider's settings (PUT); null when it does not exist.</summary>
    public (CloudflareIdentityProvider Provider, bool NewScimSecret)? Update(string scopeKey, string id, CloudflareProviderInput input)
    {
        lock (_gate)
        {
            var scope = _scopes[scopeKey];
            var current = scope.Find(id);
            if (current is null)
            {
                return null;
            }

            // A masked secret sent back (a fetched provider, changed and PUT) keeps the stored secret.
            var config = input.Config;
            if (config.TryGetPropertyValue("client_secret", out var secret) && secret?.GetValue<string>() == CloudflareConstants.MaskedSecret)
            {
                config = (JsonObject)config.DeepClone();
                if (current.Config.TryGetPropertyValue("client_secret", out var stored) && stored is not null)
                {
                    config["client_secret"] = stored.DeepClone();
                }
                else
                {
                    config.Remove("client_secret");
                }
            }

            var updated = current with { Name = input.Name, Type = input.Type, Config = config, Scim = input.Scim };
            var newSecret = updated.ScimEnabled && current.ScimSecret is null;
            if (newSecret)
            {
                updated = updated with { ScimSecret = NewScimSecret() };
            }

            scope.Replace(current, updated);
            return (updated, newSecret);
        }
    }

    public bool Delete(string scopeKey, string id)
    {
        lock (_gate)
        {
            return _scopes[scopeKey].Remove(id);
        }
    }

    private static string NewScimSecret() => RandomNumberGenerator.GetHexString(64, lowercase: true);

    private sealed class ScopeProviders
    {
        private readonly Dictionary<string, CloudflareIdentityProvider> _byId = new(StringComparer.Ordinal);

        public ScopeProviders(IEnumerable<CloudflareIdentityProvider> seed)
        {
            foreach (var provider in seed)
            {
                Add(provider);
            }
        }

        public List<CloudflareIdentityProvider> Items { get; } = [];

        public CloudflareIdentityProvider? Find(string id) => _byId.GetValueOrDefault(id);

        public void Add(CloudflareIdentityProvider provider)
        {
            Items.Add(provider);
            _byId.Add(provider.Id, provider);
        }

        public void Replace(CloudflareIdentityProvider current, CloudflareIdentityProvider updated)
        {
            Items[Items.IndexOf(current)] = updated;
            _byId[updated.Id] = updated;
        }

        public bool Remove(string id)
        {
            if (!_byId.Remove(id, out var provider))
            {
                return false;
            }

            Items.Remove(provider);
            return true;
        }
    }
}
