using System.Text;
using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>The query tree of one root field: anchors (nodes named by id), the main match with its filters, distinctness,
/// sort and limit, and the projection of each result item. Written as one statement:
/// <code>
/// [OPTIONAL MATCH (src:Source) WITH collect(src) AS sources]
/// [OPTIONAL MATCH (a:Label {id: $id}) … WITH …]
/// [OPTIONAL] MATCH pattern WHERE filters
/// [WITH DISTINCT …] [WITH …, key AS s0 … ORDER BY s0 … LIMIT $limit]
/// RETURN [found flags,] item
/// </code></summary>
internal sealed class ReadOperation
{
    public const string ItemColumn = "item";

    public List<Anchor> Anchors { get; } = [];

    public required CypherVariable Item { get; init; }

    /// <summary>The main pattern; null means "MATCH (item:Labels)".</summary>
    public GraphPattern? Pattern { get; init; }

    /// <summary>When set, the main pattern is matched as <c>item = shortestPath(pattern)</c>.</summary>
    public bool ShortestPath { get; init; }

    public IReadOnlyList<string> ItemLabels { get; init; } = [];

    /// <summary>With no pattern and no anchors: the item is any node of these labels, each label matched on its own (with
    /// the filters) so that each match can use that label's index, and the matches joined into one list. A single
    /// <c>MATCH (item) WHERE item:A OR item:B</c> would read every node of the graph.</summary>
    public IReadOnlyList<string> EachLabel { get; init; } = [];

    /// <summary>Property lookup on the item itself (e.g. <c>{id: $id}</c>).</summary>
    public (string Property, string Hint, object? Value)? ItemKey { get; init; }

    public List<FilterNode> Filters { get; } = [];

    public bool Distinct { get; init; }

    public IReadOnlyList<SortKey> Sort { get; init; } = [];

    /// <summary>Keyset pagination: only items whose sort keys come after the cursor. Applied to the keys once the ordering
    /// <c>WITH</c> has bound them (one read of each key per row), not in the match's WHERE.</summary>
    public KeysetCursorFilter? After { get; set; }

    public int? Limit { get; init; }

    public required ValueNode Projection { get; set; }

    public CypherVariable? SourceCatalog { get; set; }

    public static string FoundColumn(int anchor) => "found" + anchor;

    /// <summary>A sort key as the operation's ordering <c>WITH</c> already bound it (under the key's name): the projection
    /// carries it for cursors without computing it again.</summary>
    public static ValueNode SortKeyAlias(SortKey key) => new ExpressionValue(_ => key.Name);

    public CompiledQuery Write()
    {
        if (After is not null && Sort.Count == 0)
            throw new InvalidOperationException("A keyset cursor needs the sort keys it compares.");
        var b = new CypherBuilder();
        var text = new StringBuilder();
        var carried = new List<string>();
        if (SourceCatalog is not null)
        {
            var src = b.Name(new CypherVariable("src"));
            text.Append($"OPTIONAL MATCH ({src}:Source)\nWITH collect({src}) AS {b.Name(SourceCatalog)}\n");
            carried.Add(b.Name(SourceCatalog));
        }

        if (Anchors.Count > 0)
        {
            var finals = new List<string>();
            foreach (var anchor in Anchors)
            {
                var owner = new object();
                var alternatives = new List<string>();
                foreach (var label in anchor.Labels)
                {
                    var variable = anchor.Labels.Count == 1 ? anchor.Variable : new CypherVariable(b.Name(anchor.Variable) + label);
                    var name = b.Name(variable);
                    text.Append($"OPTIONAL MATCH ({name}:{CypherNames.Label(label)} {{id: {b.Parameter(owner, anchor.ParameterHint, anchor.Id)}}})\n");
                    alternatives.Add(name);
                }
                finals.Add(alternatives.Count == 1 ? alternatives[0] : $"coalesce({string.Join(", ", alternatives)}) AS {b.Name(anchor.Variable)}");
            }
            text.Append("WITH ").Append(string.Join(", ", carried.Concat(finals))).Append('\n');
            carried.AddRange(Anchors.Select(a => b.Name(a.Variable)));
        }

        var item = b.Name(Item);
        var optional = Anchors.Count > 0;
        if (Pattern is null && EachLabel.Count > 0)
            WriteMatchPerLabel(b, text, carried);
        else
            WriteMatch(b, text, optional);

        var scope = carried.Append(item).ToList();
        if (Distinct)
            text.Append("WITH DISTINCT ").Append(string.Join(", ", scope)).Append('\n');
        if (Sort.Count > 0 || Limit is not null)
        {
            var keys = Sort.Select(k => (k.Name, Expr: k.Value.Write(b))).ToList();
            text.Append("WITH ").Append(string.Join(", ", scope.Concat(keys.Select(k => $"{k.Expr} AS {k.Name}"))));
            if (After is not null)
            {
                // An optional match keeps its one null row (it carries the found flags); WITH … WHERE comes before the
                // ORDER BY … LIMIT of a second WITH, since a WHERE in the same WITH would apply after the limit.
                var keep = optional ? $"{item} IS NULL OR " : "";
                text.Append("\nWHERE ").Append(keep).Append(After.WriteOnAliases(b)).Append('\n');
                text.Append("WITH ").Append(string.Join(", ", scope.Concat(keys.Select(k => k.Name))));
            }
            if (keys.Count > 0)
                text.Append("\nORDER BY ").Append(string.Join(", ", keys.Select(k => k.Name)));
            if (Limit is { } limit)
                text.Append("\nLIMIT ").Append(b.Parameter("limit", limit));
            text.Append('\n');
        }

        text.Append("RETURN ");
        for (var i = 0; i < Anchors.Count; i++)
            text.Append($"{b.Name(Anchors[i].Variable)} IS NOT NULL AS {FoundColumn(i)}, ");
        var projection = Projection.Write(b);
        text.Append(optional ? $"CASE WHEN {item} IS NULL THEN null ELSE {projection} END" : projection);
        text.Append(" AS ").Append(ItemColumn);
        return new CompiledQuery(text.ToString(), b.Parameters);
    }

    private void WriteMatch(CypherBuilder b, StringBuilder text, bool optional)
    {
        var item = b.Name(Item);
        text.Append(optional ? "OPTIONAL MATCH " : "MATCH ");
        if (Pattern is not null)
        {
            text.Append(ShortestPath ? $"{item} = shortestPath({Pattern.Write(b)})" : Pattern.Write(b));
        }
        else
        {
            text.Append('(').Append(item).Append(string.Concat(ItemLabels.Select(l => ":" + CypherNames.Label(l))));
            if (ItemKey is { } key)
                text.Append($" {{{CypherNames.Key(key.Property)}: {b.Parameter(key.Hint, key.Value)}}}");
            text.Append(')');
        }
        if (Filters.Count > 0)
            text.Append("\nWHERE ").Append(FilterNode.WriteAll(Filters, b));
        text.Append('\n');
    }

    private void WriteMatchPerLabel(CypherBuilder b, StringBuilder text, IReadOnlyList<string> carried)
    {
        if (Anchors.Count > 0 || ItemKey is not null)
            throw new InvalidOperationException("A match per label takes neither anchors nor an item key.");
        var item = b.Name(Item);
        var kept = carried.ToList();
        var matches = new List<string>();
        foreach (var label in EachLabel)
        {
            var matched = b.Name(new CypherVariable("matched"));
            text.Append($"OPTIONAL MATCH ({item}:{CypherNames.Label(label)})");
            if (Filters.Count > 0)
                text.Append("\nWHERE ").Append(FilterNode.WriteAll(Filters, b));
            text.Append($"\nWITH {string.Join(", ", kept.Append($"collect({item}) AS {matched}"))}\n");
            kept.Add(matched);
            matches.Add(matched);
        }
        text.Append($"UNWIND {string.Join(" + ", matches)} AS {item}\n");
    }
}
