using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Query.Expressions;

/// <summary>Keyset pagination: the item's sort tuple is strictly after the cursor's tuple,
/// <c>(k0 &gt; $c0 OR (k0 = $c0 AND (k1 &gt; $c1 OR …)))</c>.</summary>
public sealed class KeysetComparison(IReadOnlyList<SortKey> keys, IReadOnlyList<string> after) : FilterNode
{
    // One owner per cursor value: a comparison written twice shares its parameters.
    private readonly object[] _owners = after.Select(_ => new object()).ToArray();

    /// <inheritdoc />
    public override string Write(CypherBuilder builder) => Compare(keys.Select(k => k.Value.Write(builder)).ToList(), builder);

    /// <summary>The same comparison on the sort keys as an ordering <c>WITH</c> already bound them (under their names):
    /// each key is read once per row instead of again in every term of the comparison.</summary>
    public string WriteOnAliases(CypherBuilder builder) => Compare(keys.Select(k => k.Name).ToList(), builder);

    private string Compare(IReadOnlyList<string> exprs, CypherBuilder builder)
    {
        var values = after.Select((v, i) => builder.Parameter(_owners[i], "after" + i, v)).ToList();
        return KeyTuple.After(exprs, values);
    }
}
