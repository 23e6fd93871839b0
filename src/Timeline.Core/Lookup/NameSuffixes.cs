using Timeline.Core.Cypher;
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
/// <para>Each suffix also carries what search ranks and filters on, so that it looks up only the page's entities: whether
/// it starts one of the entity's keys (<see cref="StartsProperty"/>), the entity's nameKey (<see cref="NameKeyProperty"/>)
/// and its kind (<see cref="KindProperty"/>). A present nameKey or kind must be the entity's own: every writer that changes
/// an entity's nameKey, or writes an entity anew (its id may be one a deleted entity of another kind had), rewrites both on
/// all the entity's suffixes, stale ones too, in the same transaction (<see cref="StampOnSuffixes"/>, through the
/// <c>NameSuffix(entity)</c> index); <see cref="Schema.NameSuffixRanks"/> and <see cref="Schema.NameSuffixKinds"/> give an
/// older graph's suffixes the data.</para>
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

    /// <summary>The entity's kind (its most specific label), so that a search for some kinds seeks only their suffixes. It
    /// never changes while the entity lives (an id names one thing for good); absent on a suffix written before it existed.</summary>
    public const string KindProperty = "kind";

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
    /// index hint keeps the seek in a plan cached while the database was small. With <paramref name="kinds"/> (an expression:
    /// a list of kind names) it passes over the suffixes whose kind is another (a suffix without one is kept). The
    /// candidates' ids are in <c>suffix.entity</c>; the caller checks the text (and the kinds) on each candidate.</summary>
    public static string Seek(string suffix, string probe, string? kinds = null) =>
        $"MATCH ({suffix}:{GraphLabels.NameSuffix}) USING INDEX {suffix}:{GraphLabels.NameSuffix}({KeyProperty})\n" +
        $"WHERE {suffix}.{KeyProperty} STARTS WITH {probe}" +
        (kinds is null ? "" : $" AND coalesce({suffix}.{KindProperty} IN {kinds}, true)");

    /// <summary>The suffixes that start one of <paramref name="searchKeys"/> (each key cut to <see cref="Length"/>): those
    /// whose <see cref="StartsProperty"/> is true.</summary>
    public static IReadOnlySet<string> Starts(IEnumerable<string> searchKeys) =>
        searchKeys.Select(Cut).ToHashSet(StringComparer.Ordinal);

    /// <summary>The write that adds the suffixes of each entity's <c>SearchKeys</c> (those present are kept) with their rank
    /// data: whether each starts one of the keys (<see cref="StartsProperty"/>), the entity's <c>NameKey</c>
    /// (<see cref="NameKeyProperty"/>, set on each written suffix: the caller passes the entity's nameKey as it stands when
    /// the write runs) and its <c>Kind</c> (<see cref="KindProperty"/>). With <paramref name="complete"/> false the keys are some of the entity's (those it did not have): a
    /// present suffix keeps <c>starts</c> once true; with it true they are all of them and <c>starts</c> is set exactly
    /// (a suffix written before the flag existed keeps it absent unless complete). Rows in key order, so concurrent writers
    /// lock in one order; null when there is nothing to write.</summary>
    public static Statement? Write(IEnumerable<(string EntityId, string? NameKey, string Kind, IEnumerable<string> SearchKeys)> entities,
        bool complete = false)
    {
        // An entity named twice (a bulk batch's documents) gets the suffixes of all its keys and the last nameKey given.
        var byEntity = new Dictionary<string, (string? NameKey, string Kind, List<string> Keys)>(StringComparer.Ordinal);
        foreach (var (entityId, nameKey, kind, searchKeys) in entities)
            byEntity[entityId] = (nameKey, kind, [.. byEntity.GetValueOrDefault(entityId).Keys ?? [], .. searchKeys]);
        var rows = new SortedDictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var (entityId, (nameKey, kind, keys)) in byEntity)
        {
            var starts = Starts(keys);
            foreach (var suffix in Of(keys))
            {
                var key = suffix + Separator + entityId;
                rows[key] = new Dictionary<string, object?>
                {
                    [KeyProperty] = key, [EntityProperty] = entityId, [StartsProperty] = starts.Contains(suffix), [NameKeyProperty] = nameKey,
                    [KindProperty] = kind,
                };
            }
        }
        return rows.Count == 0 ? null
            : new Statement(complete ? MergeAllSuffixes : MergeNewSuffixes, new Dictionary<string, object?> { ["rows"] = rows.Values.Cast<object?>().ToList() });
    }

    /// <summary>Rewrites <see cref="NameKeyProperty"/> and <see cref="KindProperty"/> on every suffix of each entity of
    /// <c>$ids</c> to the entity's own (nameKey absent when it has none): for a writer that puts whole entities back (an
    /// un-merge). Null when there is no id.</summary>
    public static Statement? RenameAsStored(IEnumerable<string> entityIds)
    {
        var ids = entityIds.Distinct().Order(StringComparer.Ordinal).Cast<object?>().ToList();
        return ids.Count == 0 ? null : new Statement(RenameStored, new Dictionary<string, object?> { ["ids"] = ids });
    }

    /// <summary>The clause that stamps the nameKey <paramref name="nameKey"/> (a Cypher expression, null removes it) and the
    /// kind <paramref name="kind"/> (an expression) on every suffix of the entity whose id is <paramref name="entityId"/> (an
    /// expression) that has another of either. It binds the three to variables and seeks the <c>NameSuffix(entity)</c> index
    /// by the id's (Neo4j 3.1 planned a seek by <c>n.id</c> as a scan of the whole index per row on a young graph:
    /// <see cref="RowKeys"/>; the hint keeps the seek in a plan cached while the database was small), and drops
    /// the row of an entity without such a suffix and every other variable, so it ends a statement.</summary>
    public static string StampOnSuffixes(string entityId, string nameKey, string kind) => $"""
        WITH {entityId} AS renamed, {nameKey} AS renamedKey, {kind} AS renamedKind
        MATCH (s:{GraphLabels.NameSuffix}) USING INDEX s:{GraphLabels.NameSuffix}({EntityProperty})
        WHERE s.{EntityProperty} = renamed
          AND NOT (coalesce(s.{NameKeyProperty} = renamedKey, s.{NameKeyProperty} IS NULL AND renamedKey IS NULL) AND coalesce(s.{KindProperty} = renamedKind, false))
        SET s.{NameKeyProperty} = renamedKey, s.{KindProperty} = renamedKind
        """;

    private static readonly string RenameStored = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("e", GraphLabels.Entity, "id")}}
        {{StampOnSuffixes("id", $"e.{GraphProperties.NameKey}", $"e.{GraphProperties.Kind}")}}
        """;

    /// <summary>The complete suffix data of entities as a walk read them (id, <c>nameKey</c>, <c>searchKeys</c>): each entity's
    /// write lock taken, then, if it still has that nameKey and those keys (a concurrent writer that changed them wrote its
    /// own), the suffixes of its keys written with <c>starts</c> set exactly and every suffix of it (stale ones too) given
    /// its nameKey and kind. What <c>timeline migrate</c> writes (<see cref="Schema.NameSuffixBuild"/>,
    /// <see cref="Schema.NameSuffixRanks"/>); writing it again changes nothing. Null when there is no entity.</summary>
    public static Statement? WriteStored(IEnumerable<(string EntityId, string? NameKey, IReadOnlyList<string> SearchKeys)> entities)
    {
        var rows = entities.OrderBy(e => e.EntityId, StringComparer.Ordinal).Select(e =>
        {
            var starts = Starts(e.SearchKeys);
            return (object?)new Dictionary<string, object?>
            {
                [EntityProperty] = e.EntityId, [NameKeyProperty] = e.NameKey, ["keys"] = e.SearchKeys.ToList(),
                ["suffixes"] = Of(e.SearchKeys).Select(suffix => (object?)new Dictionary<string, object?>
                {
                    [KeyProperty] = suffix + Separator + e.EntityId, [StartsProperty] = starts.Contains(suffix),
                }).ToList(),
            };
        }).ToList();
        return rows.Count == 0 ? null : new Statement(WriteStoredRows, new Dictionary<string, object?> { ["rows"] = rows });
    }

    private static readonly string WriteStoredRows = $$"""
        {{RowKeys.Unwind("$rows", "entity", EntityProperty)}}
        MATCH {{GraphCypher.ById("e", GraphLabels.Entity, RowKeys.Of("entity", EntityProperty))}}
        {{GraphCypher.Lock("e")}}
        WITH e, entity
        WHERE coalesce(e.{{GraphProperties.SearchKeys}}, []) = entity.keys
          AND coalesce(e.{{GraphProperties.NameKey}} = entity.{{NameKeyProperty}}, e.{{GraphProperties.NameKey}} IS NULL AND entity.{{NameKeyProperty}} IS NULL)
        UNWIND entity.suffixes AS row
        {{MergeSuffix("row", "entity." + EntityProperty, "row." + StartsProperty, "entity." + NameKeyProperty, "e." + GraphProperties.Kind)}}
        WITH DISTINCT e
        {{StampOnSuffixes("e." + GraphProperties.Id, "e." + GraphProperties.NameKey, "e." + GraphProperties.Kind)}}
        """;

    private static readonly string MergeNewSuffixes = MergeSuffixes($"s.{StartsProperty} OR row.{StartsProperty}");

    private static readonly string MergeAllSuffixes = MergeSuffixes($"row.{StartsProperty}");

    // A present suffix's starts becomes `starts` (null OR false stays null: a suffix written before the flag keeps it absent).
    private static string MergeSuffixes(string starts) => $"""
        UNWIND $rows AS row
        {MergeSuffix("row", $"row.{EntityProperty}", starts, $"row.{NameKeyProperty}", $"row.{KindProperty}")}
        """;

    // The suffix keyed row.key merged, with its entity and starts when created, `starts` when present, its nameKey and kind.
    private static string MergeSuffix(string row, string entity, string starts, string nameKey, string kind) => $$"""
        MERGE (s:{{GraphLabels.NameSuffix}} {{{KeyProperty}}: {{row}}.{{KeyProperty}}})
        ON CREATE SET s.{{EntityProperty}} = {{entity}}, s.{{StartsProperty}} = {{row}}.{{StartsProperty}}
        ON MATCH SET s.{{StartsProperty}} = {{starts}}
        SET s.{{NameKeyProperty}} = {{nameKey}}, s.{{KindProperty}} = {{kind}}
        """;

    // Never cuts between the halves of a surrogate pair.
    private static string Cut(string text) =>
        text.Length <= Length ? text : text[..(char.IsHighSurrogate(text[Length - 1]) ? Length - 1 : Length)];
}
