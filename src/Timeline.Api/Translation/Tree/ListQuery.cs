using Timeline.Api.Translation.Cypher;

namespace Timeline.Api.Translation.Tree;

/// <summary>A nested list: a comprehension over a pattern or list, filtered, each element projected (with its sort key as
/// hidden entries), then ordered and cut — all inside one expression, since Cypher 3.1 has neither subqueries nor APOC.
/// Ordering is an insertion sort written with <c>reduce</c>; an element whose key equals one already placed is dropped,
/// which also removes duplicates that several matching paths produce (e.g. two roles in one event).</summary>
internal sealed class ListQuery
{
    private readonly ListSource _source;
    private readonly IReadOnlyList<FilterNode> _filters;

    public ListQuery(ListSource source, IReadOnlyList<FilterNode> filters, ProjectionNode element, IReadOnlyList<SortKey> sort, int? limit)
    {
        _source = source;
        _filters = filters;
        Element = element;
        Sort = sort;
        Limit = limit;
        foreach (var key in sort)
            element.AddHidden(key.Name, key.Value);
    }

    public ProjectionNode Element { get; }

    public IReadOnlyList<SortKey> Sort { get; }

    public int? Limit { get; }

    public string Write(CypherBuilder builder)
    {
        var where = _filters.Count == 0 ? "" : " WHERE " + FilterNode.WriteAll(_filters, builder);
        var list = "[" + _source.Write(builder) + where + " | " + Element.Write(builder) + "]";
        if (Sort.Count > 0)
        {
            var acc = builder.Name(new CypherVariable("acc"));
            var item = builder.Name(new CypherVariable("item"));
            var other = builder.Name(new CypherVariable("other"));
            var itemKeys = Sort.Select(k => item + "." + k.Name).ToList();
            var otherKeys = Sort.Select(k => other + "." + k.Name).ToList();
            // With a limit the accumulator is cut to it at every step, so the sort costs O(n·first), not O(n²).
            var cut = Limit is { } limit ? "[0.." + builder.Parameter("first", limit) + "]" : "";
            list = $"reduce({acc} = [], {item} IN {list} | " +
                   $"([{other} IN {acc} WHERE {KeyTuple.Before(otherKeys, itemKeys)}] + [{item}] + " +
                   $"[{other} IN {acc} WHERE {KeyTuple.After(otherKeys, itemKeys)}]){cut})";
            return list;
        }
        if (Limit is { } n)
            list += "[0.." + builder.Parameter("first", n) + "]";
        return list;
    }
}
