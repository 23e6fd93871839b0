using Timeline.Core.Lookup;
using Timeline.Core.Ontology;
using Timeline.Query.Cypher;
using Timeline.Query.Expressions;
using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>Search's best matches ranked on the name suffixes alone (<see cref="NameSuffixes"/>), the entities looked up only
/// for the first ones: what <see cref="NameSuffixMatch"/> and an order by <paramref name="keys"/> cut to
/// <paramref name="limit"/> answer, at the cost of the suffixes it seeks and a page of look-ups rather than a look-up per
/// candidate. Each suffix carries whether it starts a key and its entity's <c>nameKey</c>, so each candidate gets a
/// <i>bound</i> — a key tuple (rank, nameKey, id) no later than its true one — from its suffixes:
/// <code>
/// rank 0 when the suffix's nameKey is the text; 1 when it starts a key and is the whole text (the text shorter than a stored
/// suffix); 2 when it starts a key; else 3 — a suffix written before it carried these counts as starting a key and naming the
/// text (the best bound).
/// </code>
/// The first <paramref name="limit"/> + <see cref="ReadAhead"/> candidates by bound are looked up, checked
/// (<see cref="MatchClause.Where"/>) and sorted by their true keys. Every candidate left out has a bound no earlier than the
/// next candidate's, so when the last of the page's true keys comes before that bound (or no candidate was left out) the page
/// is the answer; else — stale suffixes, a filter that left too few (kinds, on suffixes written before they carried
/// theirs), a text longer than a stored suffix — every candidate is matched as <see cref="NameSuffixMatch"/> does, in the
/// same statement:
/// <code>
/// seek the suffixes → each candidate's bound → the first window's entities by id, filtered, in true order
/// settled = nothing left out OR the page's last true key &lt; the next candidate's bound
/// OPTIONAL seek again (a probe nothing starts with once settled) → every candidate, filtered, in true order
/// UNWIND CASE WHEN settled THEN the window's ELSE the scan's END AS item
/// </code>
/// Before all of it, for a text of at most <see cref="NamePrefixes.Length"/> characters and a limit within a list's capacity,
/// the text's name-prefix list (<see cref="NamePrefixes"/>) is read the same way: its first <paramref name="limit"/> +
/// <see cref="ReadAhead"/> entries' entities looked up, checked and sorted by their true keys; a full page whose last true
/// key comes before the next entry (or the list's bound, or rank 3) is the answer, and the suffixes are then sought with a
/// probe nothing starts with — what a short prefix, contained in thousands of names, costs is one list:
/// <code>
/// the list's window → its entities by id, filtered, in true order → listSettled = a full page before the next entry
/// OPTIONAL seek the suffixes (nothing once listSettled) → … as above …
/// UNWIND CASE WHEN listSettled THEN the list's WHEN settled THEN the window's ELSE the scan's END AS item
/// </code>
/// The rows come one per item, in the order of <paramref name="keys"/>: the order clause that follows only cuts them
/// (<see cref="OrderClause.InListOrder"/>).</summary>
/// <param name="foldedText">The search text, folded as the stored keys are.</param>
/// <param name="text">The text's parameter (shared with the filters and the rank).</param>
/// <param name="keys">The true order: rank, nameKey, id (each never null).</param>
/// <param name="limit">How many the answer holds at most.</param>
/// <param name="kinds">The kind names the filter admits (<see cref="NameSuffixes.KindProperty"/>), or null for any: both
/// seeks then pass over the suffixes of other kinds, so that the window holds candidates of those kinds.</param>
public sealed class RankedSuffixMatch(string foldedText, Func<CypherBuilder, string> text, IReadOnlyList<SortKey> keys, int limit,
    IReadOnlyList<string>? kinds = null) : MatchClause
{
    /// <summary>Candidates looked up past the limit, so that a few stale suffixes or filtered candidates cost no scan.</summary>
    public const int ReadAhead = 8;

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        if (keys.Count != 3)
            throw new InvalidOperationException("Search's order is rank, nameKey, id.");
        var b = w.Builder;
        string V(string hint) => b.Name(new CypherVariable(hint));
        string With(params string[] names) => "WITH " + string.Join(", ", w.Carried.Concat(names));
        var t = w.Text;
        var (suffix, other, entityId, bound, boundName, ranked, firstRanked, candidate, next) =
            (V("suffix"), V("other"), V("entityId"), V("bound"), V("boundName"), V("ranked"), V("firstRanked"), V("candidate"), V("next"));
        var (trueKeys, matched, last, settled, rescan, scanned) = (V("trueKeys"), V("matched"), V("last"), V("settled"), V("rescan"), V("scanned"));
        var item = b.Name(w.Item);
        var probe = b.Parameter("probe", NameSuffixes.Probe(foldedText));
        // A stored suffix shorter than the limit is whole: one that is the text followed by the separator is a whole key.
        var whole = b.Parameter("whole", foldedText.Length < NameSuffixes.Length ? foldedText + NameSuffixes.Separator : NameSuffixes.Probe(foldedText));
        var window = b.Parameter("window", limit + ReadAhead);
        var pageLimit = b.Parameter("pageLimit", limit);
        var nothing = b.Parameter("nothing", NameSuffixes.Separator.ToString());
        var kindNames = kinds is null ? null : b.Parameter("kinds", kinds.ToList());
        string Suffix(string property) => $"{suffix}.{CypherNames.Property(property)}";
        var starts = $"coalesce({Suffix(NameSuffixes.StartsProperty)}, true)";

        // With a prefix list, the suffixes are sought only when its page did not settle; the rows go on either way (an optional
        // seek, an extra null candidate), carrying the list's page and whether it settled.
        var (listed, listSettled) = NamePrefixes.Lists(foldedText, limit) ? WritePrefixList(w, window, pageLimit) : (null, null);
        var carried = w.Carried.ToList();
        if (listed is not null) w.Carried.AddRange([listed, listSettled!]);
        var seekProbe = listSettled is null ? probe : $"CASE WHEN {listSettled} THEN {nothing} ELSE {probe} END";

        t.Append(listed is null ? "" : "OPTIONAL ").Append(NameSuffixes.Seek(suffix, seekProbe, kindNames)).Append('\n');
        t.Append(With(
            $"{Suffix(NameSuffixes.EntityProperty)} AS {entityId}",
            $"min(CASE WHEN coalesce({Suffix(NameSuffixes.NameKeyProperty)}, {text(b)}) = {text(b)} THEN 0 " +
            $"WHEN {starts} AND {Suffix(NameSuffixes.KeyProperty)} STARTS WITH {whole} THEN 1 WHEN {starts} THEN 2 ELSE 3 END) AS {bound}",
            $"min(coalesce({Suffix(NameSuffixes.NameKeyProperty)}, '')) AS {boundName}")).Append('\n');
        t.Append($"ORDER BY {bound}, {boundName}, {entityId}\n");
        t.Append(With(listed is null ? $"collect([{bound}, {boundName}, {entityId}]) AS {ranked}"
            : $"collect(CASE WHEN {entityId} IS NOT NULL THEN [{bound}, {boundName}, {entityId}] END) AS {ranked}")).Append('\n');
        t.Append(With($"{ranked}[{window}] AS {next}", $"{ranked}[..{window}] AS {firstRanked}")).Append('\n');
        t.Append($"UNWIND {firstRanked}{(listed is null ? "" : " + [null]")} AS {candidate}\n");
        // The id bound to a variable before the look-up: Neo4j 3.1 may scan the index for a list's element (RowKeys).
        t.Append(With(next, $"{candidate}[2] AS {entityId}")).Append('\n');
        WriteEntities(w, entityId, next);
        t.Append(With(next, $"collect(CASE WHEN {item} IS NOT NULL THEN [{string.Join(", ", keys.Select(k => k.Name))}] END) AS {trueKeys}",
            $"collect({item}) AS {matched}")).Append('\n');
        t.Append(With(next, matched, $"{trueKeys}[{pageLimit} - 1] AS {last}")).Append('\n');
        t.Append(With(matched, $"{next} IS NULL OR {last} IS NOT NULL AND {Before(last, next)} AS {settled}")).Append('\n');

        // The scan, read only when the window did not settle the answer.
        t.Append(With(matched, settled, $"CASE WHEN {settled} THEN {nothing} ELSE {probe} END AS {rescan}")).Append('\n');
        t.Append("OPTIONAL ").Append(NameSuffixes.Seek(other, rescan, kindNames)).Append('\n');
        t.Append("WITH DISTINCT ").Append(string.Join(", ", w.Carried.Concat([matched, settled, $"{other}.{CypherNames.Property(NameSuffixes.EntityProperty)} AS {entityId}"]))).Append('\n');
        WriteEntities(w, entityId, matched, settled);
        t.Append(With(matched, settled, $"collect({item}) AS {scanned}")).Append('\n');
        w.Carried.Clear();
        w.Carried.AddRange(carried);
        t.Append(listed is null ? $"UNWIND CASE WHEN {settled} THEN {matched} ELSE {scanned} END AS {item}\n"
            : $"UNWIND CASE WHEN {listSettled} THEN {listed} WHEN {settled} THEN {matched} ELSE {scanned} END AS {item}\n");
    }

    // The prefix list's stage (NamePrefixes): its first entries' entities looked up, filtered and sorted by their true keys; the
    // page settles when it is full and its last true key comes before the next entry (or the bound, or rank 3). Returns the
    // names of the looked-up entities (in true order) and of whether they settle the answer; one row.
    private (string Listed, string Settled) WritePrefixList(QueryWriter w, string size, string pageLimit)
    {
        var b = w.Builder;
        string V(string hint) => b.Name(new CypherVariable(hint));
        string With(params string[] names) => "WITH " + string.Join(", ", w.Carried.Concat(names));
        var t = w.Text;
        var (list, entries, listBound, window, next, entry, entityId, trueKeys, listed, settled) =
            (V("prefixList"), V("entries"), V("listBound"), V("listWindow"), V("listNext"), V("entry"), V("listedId"), V("listedKeys"), V("listed"), V("listSettled"));
        var separator = b.Parameter("separator", NamePrefixes.Separator.ToString());
        var ranksEnd = b.Parameter("ranksEnd", NamePrefixes.RanksEnd);
        var item = b.Name(w.Item);

        t.Append($"OPTIONAL MATCH ({list}:{CypherNames.Label(GraphLabels.NamePrefix)} {{{CypherNames.Key(NamePrefixes.KeyProperty)}: {text(b)}}})\n");
        t.Append(With($"coalesce({list}.{CypherNames.Property(NamePrefixes.EntriesProperty)}, []) AS {entries}",
            $"{list}.{CypherNames.Property(NamePrefixes.BoundProperty)} AS {listBound}")).Append('\n');
        t.Append(With($"{entries}[..{size}] AS {window}", $"coalesce({entries}[{size}], {listBound}, {ranksEnd}) AS {next}")).Append('\n');
        t.Append($"UNWIND {window} + [null] AS {entry}\n");
        t.Append(With(next, $"split({entry}, {separator})[2] AS {entityId}")).Append('\n');
        WriteEntities(w, entityId, next);
        // The true key as an entry is written: rank, nameKey, id joined by the separator, which sorts as the tuple does.
        var asEntry = string.Join($" + {separator} + ", keys.Select((k, i) => i == 0 ? $"toString({k.Name})" : k.Name));
        t.Append(With(next, $"collect(CASE WHEN {item} IS NOT NULL THEN {asEntry} END) AS {trueKeys}", $"collect({item}) AS {listed}")).Append('\n');
        t.Append(With(listed, $"size({trueKeys}) >= {pageLimit} AND {trueKeys}[{pageLimit} - 1] < {next} AS {settled}")).Append('\n');
        return (listed, settled);
    }

    // The entities of the ids in `id`, filtered, each with its true keys, in their order; `carried` carried along. A missing or
    // filtered entity leaves a null row (the optional match keeps the row, so that `carried` survives).
    private void WriteEntities(QueryWriter w, string id, params string[] carried)
    {
        var b = w.Builder;
        var item = b.Name(w.Item);
        w.Text.Append($"OPTIONAL MATCH ({item}:{CypherNames.Label(GraphLabels.Entity)} {{{CypherNames.Key(GraphProperties.Id)}: {id}}})");
        WriteWhere(w);
        w.Text.Append('\n');
        w.Text.Append("WITH ").Append(string.Join(", ", w.Carried.Concat(carried).Append(item).Concat(keys.Select(k => $"{k.Value.Write(b)} AS {k.Name}"))))
            .Append('\n');
        w.Text.Append("ORDER BY ").Append(string.Join(", ", keys.Select(k => k.Name))).Append('\n');
    }

    // Whether the key list `a` comes before `b` (rank, nameKey, id; none null).
    private static string Before(string a, string b) =>
        KeyTuple.Before([$"{a}[0]", $"{a}[1]", $"{a}[2]"], [$"{b}[0]", $"{b}[1]", $"{b}[2]"]);
}
