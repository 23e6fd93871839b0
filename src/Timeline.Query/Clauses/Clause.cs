namespace Timeline.Query.Clauses;

/// <summary>One clause of a root query tree (anchors, match with its filters, distinct, order with its page, return): it
/// appends its Cypher to the statement and updates what is in scope.</summary>
public abstract class Clause
{
    /// <summary>Appends the clause.</summary>
    public abstract void Write(QueryWriter writer);
}
