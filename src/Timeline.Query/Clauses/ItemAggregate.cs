namespace Timeline.Query.Clauses;

/// <summary>A value of the returned item that needs aggregation (Neo4j 3.1 has no subqueries, and grouping inside an
/// expression is quadratic): written as clauses after the match, before the return, binding a variable the projection
/// reads. Only for a statement whose answer is one item (a root looked up by id), so that grouping keeps its one row.</summary>
public abstract class ItemAggregate
{
    /// <summary>Writes the clauses; they must carry <see cref="QueryWriter.Scope"/> and add what they bind to
    /// <see cref="QueryWriter.Carried"/>.</summary>
    internal abstract void Write(QueryWriter w);
}
