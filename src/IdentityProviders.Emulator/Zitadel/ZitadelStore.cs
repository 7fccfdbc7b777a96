using System.Globalization;
using System.Text.Json.Nodes;

namespace IdentityProviders.Emulator.Zitadel;

/// <summary>
/// The emulated identity providers of the instance and of every organization, in memory. Every method takes the
/// lock: the state is small and consistency beats throughput in an emulator.
/// </summary>
internal sealed class ZitadelStore
{
    private readonly Lock _gate = new();
    private readonly List<ZitadelProvider> _providers = [];
    private readonly TimeProvider _timeProvider;
    private ulong _sequence = 267_000;
    private ulong _nextId = 200_000_000_000_000_000;

    public ZitadelStore(TimeProvider timeProvider) => _timeProvider = timeProvider;

    public ulong ProcessedSequence
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    public ZitadelProvider Add(string? orgId, ZitadelProviderKind kind, string name, JsonObject config, JsonObject? options, IReadOnlyDictionary<string, string> secrets, bool legacy = false, Action<ZitadelProvider>? configure = null)
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var sequence = ++_sequence;
            var provider = new ZitadelProvider
            {
                Id = (_nextId++).ToString(CultureInfo.InvariantCulture),
                OrgId = orgId,
                Kind = kind,
                Name = name,
                Config = config,
                Options = options ?? [],
                CreationSequence = sequence,
                Sequence = sequence,
                CreationDate = now,
                ChangeDate = now,
                Legacy = legacy,
            };
            foreach (var (key, value) in secrets)
            {
                provider.Secrets[key] = value;
            }

            configure?.Invoke(provider);
            _providers.Add(provider);
            return provider;
        }
    }

    /// <summary>The providers visible at a level: the instance's, plus the organization's at organization level.</summary>
    public List<ZitadelProvider> Visible(string? orgId)
    {
        lock (_gate)
        {
            return [.. _providers.Where(p => p.OrgId is null || (orgId is not null && p.OrgId == orgId))];
        }
    }

    /// <summary>A provider the level may read (organization level also reads the instance's).</summary>
    public ZitadelProvider? Find(string? orgId, string id)
    {
        lock (_gate)
        {
            return _providers.Find(p => p.Id == id && (p.OrgId is null || p.OrgId == orgId));
        }
    }

    /// <summary>A provider the level owns and may change.</summary>
    public ZitadelProvider? FindOwned(string? orgId, string id)
    {
        lock (_gate)
        {
            return _providers.Find(p => p.Id == id && p.OrgId == orgId);
        }
    }

    /// <summary>Applies a change under the lock and stamps a new sequence and change date.</summary>
    public JsonObject Change(ZitadelProvider provider, Action<ZitadelProvider> change)
    {
        lock (_gate)
        {
            change(provider);
            provider.Sequence = ++_sequence;
            provider.ChangeDate = _timeProvider.GetUtcNow();
            return provider.Details();
        }
    }

    public JsonObject Remove(ZitadelProvider provider)
    {
        lock (_gate)
        {
            _providers.Remove(provider);
            var sequence = ++_sequence;
            var now = _timeProvider.GetUtcNow();
            return ZitadelProvider.DetailsOf(sequence, now, now, provider.ResourceOwner);
        }
    }
}
