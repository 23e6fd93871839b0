using Timeline.Query.Cypher;

namespace Timeline.Query.Tree;

/// <summary>A Cypher function of one variable, optionally followed by a property of its result: <c>type(r)</c>,
/// <c>length(path)</c>, <c>startNode(step).id</c>. The function and property names come from this code.</summary>
public sealed class FunctionValue(string function, CypherVariable argument, string? property = null, Func<object?, object?>? convert = null)
    : ValueNode
{
    /// <inheritdoc />
    public override string Write(CypherBuilder builder) =>
        function + "(" + builder.Name(argument) + ")" + (property is null ? "" : "." + CypherNames.Property(property));

    /// <inheritdoc />
    public override object? Shape(object? value) => convert is null ? value : convert(value);
}
