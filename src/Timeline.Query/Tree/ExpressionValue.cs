using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A fixed expression written by this code (e.g. <c>type(r)</c>), with variables and parameters named by the builder.</summary>
public sealed class ExpressionValue(Func<CypherBuilder, string> write, Func<object?, object?>? shape = null) : ValueNode
{
    public override string Write(CypherBuilder builder) => write(builder);

    public override object? Shape(object? value) => shape is null ? value : shape(value);
}
