using Timeline.Query.Cypher;

namespace Timeline.Query.Clauses;

/// <summary>A clause that aggregates the matched items into new rows (e.g. the buckets of a histogram): after it, each row
/// is about <see cref="Row"/> (see <see cref="QueryWriter.Regroup"/>).</summary>
public abstract class RegroupClause : Clause
{
    /// <summary>The variable each new row is about.</summary>
    public abstract CypherVariable Row { get; }
}
