using System.Text.Json;
using Timeline.Primitives;

namespace Timeline.Drafting.Linking;

/// <summary>Known entities held in memory, taken from ingest documents: what a graph holding those documents would
/// answer, with the same normalisation ingest applies to names and aliases. Used to score a corpus offline against the
/// entities its articles are drafted against, without touching anyone's graph.</summary>
public sealed class KnownEntityCatalog : IKnownEntities
{
    private readonly List<(KnownEntity Entity, HashSet<string> Keys, bool Named)> _entities = [];

    /// <summary>A catalog of the entities of these ingest documents (their <c>entities</c> sections).</summary>
    public static KnownEntityCatalog FromDocuments(IEnumerable<JsonElement> documents)
    {
        var catalog = new KnownEntityCatalog();
        foreach (var doc in documents)
        {
            if (!doc.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array) continue;
            foreach (var e in entities.EnumerateArray())
            {
                var name = e.GetProperty("name").GetString()!;
                var aliases = e.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                    ? a.EnumerateArray().Select(x => x.GetString()!).ToList()
                    : [];
                var named = !(e.TryGetProperty("named", out var n) && n.ValueKind == JsonValueKind.False);
                catalog.Add(e.GetProperty("id").GetString()!, name, e.GetProperty("kind").GetString()!, aliases, named);
            }
        }
        return catalog;
    }

    /// <summary>Adds an entity: its keys are its name and aliases, normalised as ingest stores them.</summary>
    public void Add(string id, string name, string kind, IEnumerable<string> aliases, bool named = true)
    {
        var keys = aliases.Prepend(name).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        _entities.Add((new KnownEntity(id, name, kind, [], NameKey.Of(name)), keys, named));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KnownEntity>> FindAsync(IReadOnlyCollection<string> keys, IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        var idSet = ids.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<KnownEntity> found = _entities
            .Where(x => x.Keys.Overlaps(wanted) || idSet.Contains(x.Entity.Id))
            .Select(x => x.Entity with { MatchedKeys = x.Named ? x.Keys.Where(wanted.Contains).ToList() : [] })
            .OrderBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(found);
    }
}
