using Timeline.Query.Tree;

namespace Timeline.Query.Clauses;

/// <summary>One item per value of a grouping key: the first in the order of <c>(key, tie-breaking keys)</c>. Written as
/// <code>WITH scope, key AS __g, tie AS __t0 … ORDER BY __g, __t0 …
/// WITH carried, __g, head(collect(item)) AS item</code>
/// (<c>collect</c> keeps the order of its rows). The key stays bound as <see cref="Key"/> for a later order.</summary>
public sealed class FirstOfEachClause(ValueNode key, IReadOnlyList<ValueNode> ties) : Clause
{
    /// <summary>The grouping key as bound by this clause (to order by it again afterwards).</summary>
    public ValueNode Key { get; } = new AliasValue("__g");

    /// <inheritdoc />
    public override void Write(QueryWriter w)
    {
        var b = w.Builder;
        var item = b.Name(w.Item);
        var tieNames = ties.Select((_, i) => "__t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var bound = new[] { $"{key.Write(b)} AS __g" }.Concat(ties.Select((t, i) => $"{t.Write(b)} AS {tieNames[i]}"));
        w.Text.Append("WITH ").Append(string.Join(", ", w.Scope.Concat(bound)))
            .Append("\nORDER BY ").Append(string.Join(", ", tieNames.Prepend("__g"))).Append('\n');
        w.Text.Append("WITH ").Append(string.Join(", ", w.Carried.Append("__g").Append($"head(collect({item})) AS {item}"))).Append('\n');
    }
}
