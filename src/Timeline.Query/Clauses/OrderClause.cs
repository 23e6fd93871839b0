using Timeline.Query.Paging;
using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>Orders the items by a key tuple bound once per row, and cuts the list: to a question's own <see cref="Limit"/>
/// (e.g. search's <c>first</c>), or to one <see cref="Page"/> of a connection (the rows after the cursor's keys, one more
/// than the page). Written as
/// <code>WITH scope, k0 AS __s0, … [WHERE keyset after cursor WITH scope, __s0, …] ORDER BY __s0, … [LIMIT $limit]</code>
/// (a WHERE in the ordering WITH would apply after its LIMIT). After an item list's page (<see cref="InListOrder"/>) the rows
/// already come one per item, in this order, after the cursor: the clause only binds the keys and cuts.</summary>
public sealed class OrderClause(IReadOnlyList<SortKey> keys, int? limit = null, Page? page = null, bool inListOrder = false) : Clause
{
    /// <summary>The sort key tuple.</summary>
    public IReadOnlyList<SortKey> Keys => keys;

    /// <summary>The question's own cut, when it has one.</summary>
    public int? Limit => limit;

    /// <summary>The page of a connection, when the caller asked for one.</summary>
    public Page? Page => page;

    /// <summary>The same order cut to <paramref name="newPage"/> (null: the whole answer).</summary>
    public OrderClause WithPage(Page? newPage) => new(keys, limit, newPage, inListOrder);

    /// <summary>The same order, for rows that an item list's page (<see cref="ItemListMatch"/>) gives distinct, in this order and
    /// after the cursor: sorting them again, or comparing them with the cursor, would change nothing.</summary>
    public OrderClause InListOrder() => new(keys, limit, page, inListOrder: true);

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var limit = Page?.Limit ?? Limit;
        if (Keys.Count == 0 && limit is null)
            return;
        var b = w.Builder;
        var scope = w.Scope;
        var keys = Keys.Select(k => (k.Name, Expr: k.Value.Write(b))).ToList();
        w.Text.Append("WITH ").Append(string.Join(", ", scope.Concat(keys.Select(k => $"{k.Expr} AS {k.Name}"))));
        if (!inListOrder && Page?.AfterCursor(Keys) is { } after)
        {
            // An optional match keeps its one null row (it carries the found flags).
            var keep = w.ItemOptional ? $"{b.Name(w.Item)} IS NULL OR " : "";
            w.Text.Append("\nWHERE ").Append(keep).Append(after.WriteOnAliases(b)).Append('\n');
            w.Text.Append("WITH ").Append(string.Join(", ", scope.Concat(keys.Select(k => k.Name))));
        }
        if (keys.Count > 0 && !inListOrder)
            w.Text.Append("\nORDER BY ").Append(string.Join(", ", keys.Select(k => k.Name)));
        if (limit is { } l)
            w.Text.Append("\nLIMIT ").Append(b.Parameter("limit", l));
        w.Text.Append('\n');
    }
}
