using Timeline.Core.Cypher;
using Timeline.Core.Ontology;
using Timeline.Neo4j;

namespace Timeline.Core.Lookup;

/// <summary>
/// The name-prefix lists: for each text that starts one of the entities' search keys (cut to <see cref="Length"/>), the
/// first <see cref="Capacity"/> of those entities in search's order — so that search's first page for a short prefix, which
/// thousands of names contain, is read from one list instead of from every name that contains it.
/// <code>
///   (:NamePrefix {key: 'ma', entries: ['0␟ma␟org:ma', '1␟mali␟country:mali', '2␟maduro␟person:maduro', …], bound: '2␟mar…␟…'})
/// </code>
/// An entry is an entity's sort key for the text — search's rank (0 its nameKey is the text, 1 a key is the text, 2 a key
/// starts with it), its nameKey, its id — joined by <see cref="Separator"/>, so that entries sort as search does. A list
/// holds, in order, every entity whose entry comes before its <see cref="BoundProperty"/> (none: every such entity); an
/// entry pushed past the capacity leaves the list and becomes its bound. Every other entity containing the text ranks 3,
/// after them all.
/// <para>Writers keep the lists in the facts' transaction: whatever gives an entity a key or another nameKey refreshes the
/// lists of its keys' prefixes from the entity as stored (<see cref="Refresh"/>: ingest, a removal's rewrite, a merge, an
/// un-merge, <c>timeline migrate</c>). Whatever only takes keys away leaves its entries: an entry may then come earlier than
/// its entity's true key, never later. A read therefore checks each listed entity and its true key (<c>RankedSuffixMatch</c>):
/// a page whose last true key comes before the next entry (or the bound; else rank 3) is the answer, since every entity
/// left out has a true key no earlier than that; any other page is read from the name suffixes.
/// No relationship, no knowledge-graph label: exports, paths and Browser never see them.</para>
/// </summary>
public static class NamePrefixes
{
    /// <summary>The list's unique key: the prefix.</summary>
    public const string KeyProperty = "key";

    /// <summary>The list's entries, in search's order, each before the bound.</summary>
    public const string EntriesProperty = "entries";

    /// <summary>The first entry the list left out (absent while it left none out): every entity not listed has a true key no
    /// earlier than it, or ranks 3.</summary>
    public const string BoundProperty = "bound";

    /// <summary>Joins an entry's rank, nameKey and id: below every character a folded name or an id holds, so that joined
    /// entries sort as their parts do.</summary>
    public const char Separator = NameSuffixes.Separator;

    /// <summary>The most entries a list holds.</summary>
    public const int Capacity = 32;

    /// <summary>The longest prefix listed: the name suffixes' length, past which search reads the suffixes.</summary>
    public const int Length = NameSuffixes.Length;

    /// <summary>What follows every entry of ranks 0 to 2 and comes before every rank-3 key: the bound of a list that left none out.</summary>
    public const string RanksEnd = "3";

    /// <summary>Whether search for the folded <paramref name="text"/> may find its first <paramref name="limit"/> in a list.</summary>
    public static bool Lists(string text, int limit) => text.Length <= Length && limit <= Capacity;

    /// <summary>Refreshes the lists of every prefix of the entities' search keys from each entity as stored when it runs: its
    /// entry in each of them written in place of the one it had (none when it comes after the list's bound). Each list's
    /// write lock is taken before it is read, in key order; a list left as it was is not written. Null when there is no id.</summary>
    public static Statement? Refresh(IEnumerable<string> entityIds)
    {
        var ids = entityIds.Distinct().Order(StringComparer.Ordinal).Cast<object?>().ToList();
        return ids.Count == 0 ? null : new Statement(RefreshText, new Dictionary<string, object?>
        {
            ["ids"] = ids, ["separator"] = Separator.ToString(), ["length"] = Length, ["capacity"] = Capacity,
            ["belowHigh"] = BelowHighSurrogates, ["aboveHigh"] = AboveHighSurrogates,
        });
    }

    // A prefix is never cut inside a surrogate pair: a one-character text between these two is a high surrogate (Neo4j 3.1
    // cuts strings by UTF-16 unit; a server that cuts by code point never leaves one, and then only drops prefixes ending in a
    // character from U+E000 up — lists not written, which search reads from the suffixes).
    private const string BelowHighSurrogates = "\uD7FF\uFFFF";
    private const string AboveHighSurrogates = "\uDBFF\uDFFF";

    private static readonly string RefreshText = $$"""
        UNWIND $ids AS id
        MATCH {{GraphCypher.ById("e", GraphLabels.Entity, "id")}}
        WITH e, coalesce(e.{{GraphProperties.NameKey}}, '') AS nameKey, coalesce(e.{{GraphProperties.SearchKeys}}, []) AS keys
        UNWIND keys AS key
        UNWIND range(1, CASE WHEN size(key) < $length THEN size(key) ELSE $length END) AS cut
        WITH DISTINCT e, nameKey, keys, left(key, cut) AS text
        WHERE NOT (right(text, 1) > $belowHigh AND right(text, 1) < $aboveHigh)
        WITH text, e.{{GraphProperties.Id}} AS id,
             toString(CASE WHEN nameKey = text THEN 0 WHEN text IN keys THEN 1 ELSE 2 END) + $separator + nameKey + $separator + e.{{GraphProperties.Id}} AS entry
        ORDER BY text
        WITH text, collect(id) AS ids, collect(entry) AS fresh
        MERGE (l:{{GraphLabels.NamePrefix}} {{{KeyProperty}}: text})
        {{GraphCypher.Lock("l")}}
        WITH l, ids, fresh, coalesce(l.{{EntriesProperty}}, []) AS entries, l.{{BoundProperty}} AS bound
        WITH l, entries, bound, reduce(acc = [x IN entries WHERE NOT split(x, $separator)[2] IN ids], x IN fresh |
             [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x]) AS merged
        WITH l, entries, bound, merged,
             CASE WHEN size(merged) > $capacity AND (bound IS NULL OR merged[$capacity] < bound) THEN merged[$capacity] ELSE bound END AS newBound
        WITH l, entries, bound, newBound, [x IN merged[..$capacity] WHERE newBound IS NULL OR x < newBound] AS newEntries
        WHERE newEntries <> entries OR coalesce(newBound <> bound, newBound IS NOT NULL OR bound IS NOT NULL)
        SET l.{{EntriesProperty}} = newEntries, l.{{BoundProperty}} = newBound
        """;
}
