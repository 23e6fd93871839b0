namespace Timeline.Api.Translation.Cypher;

/// <summary>A Cypher variable in the query tree. Its text is chosen by <see cref="CypherBuilder"/> when the query is
/// written (the hint plus a number when taken), so compilers never invent names that could collide.</summary>
internal sealed class CypherVariable(string hint)
{
    public string Hint { get; } = hint;

    public override string ToString() => Hint;
}
