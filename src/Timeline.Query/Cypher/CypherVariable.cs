namespace Timeline.Query.Cypher;

/// <summary>A Cypher variable in the query tree. Its text is chosen by <see cref="CypherBuilder"/> when the query is
/// written (the hint plus a number when taken), so the parts of a tree never invent names that could collide.</summary>
public sealed class CypherVariable(string hint)
{
    /// <summary>The name wanted, when it is free.</summary>
    public string Hint { get; } = hint;

    /// <inheritdoc />
    public override string ToString() => Hint;
}
