namespace IdentityProviders.Emulator.Keycard;

/// <summary>The providers of one zone in creation order, with unique indexes. Not thread-safe: the store locks.</summary>
internal sealed class KeycardZone
{
    private readonly List<KeycardProvider> _ordered = [];
    private readonly Dictionary<string, KeycardProvider> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idBySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByIdentifier = new(StringComparer.Ordinal);

    public int Count => _ordered.Count;

    public KeycardProvider this[int index] => _ordered[index];

    public KeycardProvider? Find(string id) => _byId.GetValueOrDefault(id);

    public bool ContainsId(string id) => _byId.ContainsKey(id);

    /// <summary>Tells whether another provider than <paramref name="exceptId"/> uses the slug.</summary>
    public bool SlugTaken(string slug, string? exceptId = null) =>
        _idBySlug.TryGetValue(slug, out var owner) && owner != exceptId;

    /// <summary>Tells whether another provider than <paramref name="exceptId"/> uses the identifier.</summary>
    public bool IdentifierTaken(string identifier, string? exceptId = null) =>
        _idByIdentifier.TryGetValue(identifier, out var owner) && owner != exceptId;

    /// <summary>Appends a provider; its sequence must be greater than every other in the zone.</summary>
    public void Add(KeycardProvider provider)
    {
        _ordered.Add(provider);
        Index(provider);
    }

    public void Replace(KeycardProvider current, KeycardProvider updated)
    {
        _ordered[IndexOfSequence(current.Sequence)] = updated;
        Unindex(current);
        Index(updated);
    }

    public void Remove(KeycardProvider provider)
    {
        _ordered.RemoveAt(IndexOfSequence(provider.Sequence));
        Unindex(provider);
    }

    /// <summary>The index of the first provider whose sequence is at least <paramref name="sequence"/> (binary search).</summary>
    public int LowerBound(long sequence)
    {
        int lo = 0, hi = _ordered.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_ordered[mid].Sequence < sequence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int IndexOfSequence(long sequence)
    {
        var index = LowerBound(sequence);
        if (index >= _ordered.Count || _ordered[index].Sequence != sequence)
        {
            throw new InvalidOperationException("The zone's order index is inconsistent.");
        }

        return index;
    }

    private void Index(KeycardProvider provider)
    {
        _byId[provider.Id] = provider;
        _idBySlug[provider.Slug] = provider.Id;
        _idByIdentifier[provider.Identifier] = provider.Id;
    }

    private void Unindex(KeycardProvider provider)
    {
        _byId.Remove(provider.Id);
        _idBySlug.Remove(provider.Slug);
        _idByIdentifier.Remove(provider.Identifier);
    }
}
