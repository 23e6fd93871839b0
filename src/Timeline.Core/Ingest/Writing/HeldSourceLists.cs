using Timeline.Neo4j;

namespace Timeline.Core.Ingest.Writing;

/// <summary>The sources a bulk batch's documents add to their entities' and relations' <c>sources</c> (and a relation's
/// <c>excerpts</c>), held back and appended once per entity or relation for the whole batch. A hub's list holds one id per
/// document that names it, and each append rewrites it whole: appended per document, a batch of 100 rewrote a 40,000-entry
/// list 100 times. In ingest order, each source once, with an excerpt given again replacing the earlier one: the lists
/// <see cref="IngestCypher.MergeEntities"/> and <see cref="IngestCypher.MergeRelations"/> would have written.</summary>
internal sealed class HeldSourceLists
{
    private readonly Dictionary<string, List<string>> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string From, string To, string Key), List<(string Source, string Excerpt)>> _relations = [];

    /// <summary>Whether nothing is held.</summary>
    public bool IsEmpty => _entities.Count == 0 && _relations.Count == 0;

    /// <summary>Holds the source of <paramref name="written"/> (as written: the editors' corrections applied) for each of its
    /// entities and relations.</summary>
    public void Add(ValidatedDocument written)
    {
        var source = written.Source.Id;
        foreach (var entity in written.Entities)
        {
            var sources = _entities.TryGetValue(entity.Id, out var held) ? held : _entities[entity.Id] = [];
            if (!sources.Contains(source, StringComparer.Ordinal))
                sources.Add(source);
        }
        foreach (var relation in written.Relations)
        {
            var (from, to) = IngestStatements.Ends(relation);
            var key = (relation.Type.Name, from, to, IngestStatements.RelationKey(relation));
            var sources = _relations.TryGetValue(key, out var held) ? held : _relations[key] = [];
            var excerpt = relation.Excerpt ?? "";
            var at = sources.FindIndex(s => s.Source == source);
            if (at >= 0) sources[at] = (source, excerpt);
            else sources.Add((source, excerpt));
        }
    }

    /// <summary>The statements that append everything held (nothing held after it); rows in id order, as the facts' own
    /// writes take their locks.</summary>
    public IReadOnlyList<Statement> Flush()
    {
        var statements = new List<Statement>();
        if (_entities.Count > 0)
            statements.Add(new Statement(IngestCypher.AppendEntitySources, new Dictionary<string, object?>
            {
                ["rows"] = _entities.OrderBy(e => e.Key, StringComparer.Ordinal)
                    .Select(e => (object?)new Dictionary<string, object?> { ["id"] = e.Key, ["sources"] = e.Value.ToList() }).ToList(),
            }));
        foreach (var type in _relations.GroupBy(r => r.Key.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            statements.Add(new Statement(IngestCypher.AppendRelationSources(type.Key), new Dictionary<string, object?>
            {
                ["rows"] = type.OrderBy(r => r.Key.From, StringComparer.Ordinal).ThenBy(r => r.Key.To, StringComparer.Ordinal)
                    .ThenBy(r => r.Key.Key, StringComparer.Ordinal)
                    .Select(r => (object?)new Dictionary<string, object?>
                    {
                        ["from"] = r.Key.From, ["to"] = r.Key.To, ["key"] = r.Key.Key,
                        ["sources"] = r.Value.Select(s => (object?)new Dictionary<string, object?> { ["source"] = s.Source, ["excerpt"] = s.Excerpt }).ToList(),
                    }).ToList(),
            }));
        _entities.Clear();
        _relations.Clear();
        return statements;
    }
}
