using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Lookup;

/// <summary>
/// The name-suffix index: every suffix of an entity's search keys (its folded name and aliases, <see cref="Primitives.NameKey"/>)
/// as a <c>(:NameSuffix {key, entity})</c> node whose unique <c>key</c> is the suffix followed by the entity's id. An entity
/// whose name contains a text has a suffix that starts with it, so one prefix seek on the unique index finds every such
/// entity: search costs what it matches, not the number of entities.
/// <code>
///   (:Entity {id: 'person:maduro', searchKeys: ['nicolas maduro']})
///   (:NameSuffix {key: 'nicolas maduro␟person:maduro'}), {key: 'icolas maduro␟…'}, … {key: 'maduro␟…'}, … {key: 'o␟…'}
///   search "madur" → seek key STARTS WITH 'madur' → entity ids → each entity by its id → checked on its searchKeys
/// </code>
/// Ingest and merge add the suffixes of the keys they write, in the same transaction; nothing deletes them (a retraction
/// only ever drops keys), so a suffix may outlive its key or its entity. The read therefore checks the text on the
/// entity's own <c>searchKeys</c>: a stale suffix costs one look-up, never a wrong answer. <c>timeline migrate</c> builds
/// the index of a graph written before it existed (<see cref="Schema.NameSuffixBuild"/>).
/// </summary>
public static class NameSuffixes
{
    /// <summary>The suffix node's unique key: the suffix, <see cref="Separator"/>, the entity's id.</summary>
    public const string KeyProperty = "key";

    /// <summary>The suffix node's entity id.</summary>
    public const string EntityProperty = "entity";

    /// <summary>Whether the suffix starts one of its entity's search keys (set once any key starts there; never unset, since
    /// keys are only ever dropped). Absent on a suffix written before it existed: the read then assumes it does.</summary>
    public const string StartsProperty = "starts";

    /// <summary>The entity's <c>nameKey</c>, rewritten on every suffix of the entity whenever its name changes, so that search
    /// ranks the suffixes alone and looks up only the page's entities. Absent on a suffix written before it existed.</summary>
    public const string NameKeyProperty = "nameKey";

    /// <summary>Ends the suffix inside a key. A folded name holds no control character, so a text never seeks past it.</summary>
    public const char Separator = '\u001f';

    /// <summary>Suffixes are stored cut to this many characters (a key grows the index quadratically otherwise); a longer
    /// text seeks its first characters (<see cref="Probe"/>) and the read checks the whole text on the entity.</summary>
    public const int Length = 24;

    /// <summary>The suffixes a search text can start with — one at every character but a space — cut to
    /// <see cref="Length"/>, each once, in ordinal order.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> searchKeys)
    {
        var suffixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in searchKeys)
        {
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] == ' ' || char.IsLowSurrogate(key[i]))
                    continue;
                suffixes.Add(Cut(key[i..]));
            }
        }
        return [.. suffixes];
    }

    /// <summary>What a folded search text seeks: its first <see cref="Length"/> characters.</summary>
    public static string Probe(string foldedText) => Cut(foldedText);

    /// <summary>What a whole folded key seeks: the key and the separator when its suffix is stored whole (only the names
    /// that end with it), else its first <see cref="Length"/> characters.</summary>
    public static string WholeKeyProbe(string foldedKey) => foldedKey.Length <= Length ? foldedKey + Separator : Cut(foldedKey);

    /// <summary>The seek: <c>MATCH (s:NameSuffix) USING INDEX s:NameSuffix(key) WHERE s.key STARTS WITH probe</c> for the
    /// variable <paramref name="suffix"/> and the Cypher expression <paramref name="probe"/> (a parameter or a variable); the
    /// index hint keeps the seek in a plan cached while the database was small. The candidates' ids are in
    /// <c>suffix.entity</c>; the caller checks the text on each candidate's <c>searchKeys</c>.</summary>
    public static string Seek(string suffix, string probe) =>
        $"MATCH ({suffix}:{GraphLabels.NameSuffix}) USING INDEX {suffix}:{GraphLabels.NameSuffix}({KeyProperty})\n" +
        $"WHERE {suffix}.{KeyProperty} STARTS WITH {probe}";

    /// <summary>The write that adds the suffixes of each entity's search keys (those present are left as they are). Rows in
    /// key order, so concurrent writers lock in one order; null when there is nothing to add.</summary>
    public static Statement? Write(IEnumerable<(string EntityId, IEnumerable<string> SearchKeys)> entities)
    {
        var rows = entities
            .SelectMany(e => Of(e.SearchKeys).Select(suffix => (Key: suffix + Separator + e.EntityId, e.EntityId)))
            .Distinct()
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (object?)new Dictionary<string, object?> { [KeyProperty] = r.Key, [EntityProperty] = r.EntityId })
            .ToList();
        return rows.Count == 0 ? null : new Statement(MergeSuffixes, new Dictionary<string, object?> { ["rows"] = rows });
    }

    private static readonly string MergeSuffixes = $$"""
        UNWIND $rows AS row
        MERGE (s:{{GraphLabels.NameSuffix}} {{{KeyProperty}}: row.{{KeyProperty}}})
        ON CREATE SET s.{{EntityProperty}} = row.{{EntityProperty}}
        """;

    // Never cuts between the halves of a surrogate pair.
    private static string Cut(string text) =>
        text.Length <= Length ? text : text[..(char.IsHighSurrogate(text[Length - 1]) ? Length - 1 : Length)];
}
