using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Waldur;

/// <summary>
/// The in-memory identity providers, in creation order, keyed by provider name. Thread-safe: one lock guards the
/// list; stored objects are never mutated after being stored (updates store a changed copy, reads get a copy).
/// </summary>
internal sealed class WaldurStore
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _items = [];

    public WaldurStore(int seedCount) => _items.AddRange(WaldurSeedData.Create(seedCount));

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>One page (1-based) of <paramref name="pageSize"/> items, and the total.</summary>
    public (IReadOnlyList<JsonObject> Items, int Total) List(int page, int pageSize)
    {
        lock (_gate)
        {
            var skip = (long)(page - 1) * pageSize;
            var items = skip >= _items.Count ? [] : _items.Skip((int)skip).Take(pageSize).Select(Copy).ToList();
            return (items, _items.Count);
        }
    }

    public JsonObject? Get(string name)
    {
        lock (_gate)
        {
            return IndexOf(name) is var i and >= 0 ? Copy(_items[i]) : null;
        }
    }

    /// <summary>Adds a provider; <see langword="null"/> when the name is taken.</summary>
    public JsonObject? Create(IReadOnlyDictionary<string, JsonNode?> values)
    {
        var name = values["provider"]!.GetValue<string>();
        lock (_gate)
        {
            if (IndexOf(name) >= 0)
            {
                return null;
            }

            var provider = WaldurProviderJson.Defaults(name, values["discovery_url"]!.GetValue<string>());
            Apply(provider, values);
            _items.Add(provider);
            return Copy(provider);
        }
    }

    /// <summary>Applies given fields (PUT or PATCH); the outcome says whether the provider exists and a new name is free.</summary>
    public (UpdateOutcome Outcome, JsonObject? Provider) Update(string name, IReadOnlyDictionary<string, JsonNode?> values)
    {
        lock (_gate)
        {
            var index = IndexOf(name);
            if (index < 0)
            {
                return (UpdateOutcome.NotFound, null);
            }

            if (values.TryGetValue("provider", out var renamed) && renamed!.GetValue<string>() is var newName && newName != name && IndexOf(newName) >= 0)
            {
                return (UpdateOutcome.NameTaken, null);
            }

            var updated = Copy(_items[index]);
            Apply(updated, values);
            _items[index] = updated;
            return (UpdateOutcome.Updated, Copy(updated));
        }
    }

    public bool Delete(string name)
    {
        lock (_gate)
        {
            var index = IndexOf(name);
            if (index < 0)
            {
                return false;
            }

            _items.RemoveAt(index);
            return true;
        }
    }

    private static void Apply(JsonObject provider, IReadOnlyDictionary<string, JsonNode?> values)
    {
        foreach (var (field, value) in values)
        {
            provider[field] = value?.DeepClone();
        }

        WaldurProviderJson.DeriveEndpoints(provider);
    }

    private int IndexOf(string name) => _items.FindIndex(p => p["provider"]!.GetValue<string>() == name);

    private static JsonObject Copy(JsonObject provider) => (JsonObject)provider.DeepClone();

    public enum UpdateOutcome
    {
        Updated,
        NotFound,
        NameTaken,
    }
}
