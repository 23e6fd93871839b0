using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Timeline.Api.Execution.Shaped;

/// <summary>The execution node of a root field the translator answers: after its resolver ran, either the checked answer
/// (written by <see cref="ShapedAnswer"/>'s converter when the result is serialised) or the ordinary execution node of the
/// same value, whose children the strategy then executes.</summary>
internal sealed class ShapedRootNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition)
    : ExecutionNode(parent, graphType, field, fieldDefinition, null), IParentExecutionNode
{
    public ShapedAnswer? Answer { get; set; }

    public ExecutionNode? Ordinary { get; set; }

    // The serialiser writes a node of this kind with the value this returns (GraphQL.SystemTextJson's converter).
    public override object? ToValue() => Ordinary is not null ? Ordinary.ToValue() : Result is null ? null : Answer;

    public override bool PropagateNull() => Ordinary?.PropagateNull() ?? Result is null;

    IEnumerable<ExecutionNode> IParentExecutionNode.GetChildNodes() =>
        Ordinary is IParentExecutionNode parent ? parent.GetChildNodes() : [];

    public void ApplyToChildren<TState>(Action<ExecutionNode, TState> action, TState state, bool reverse = false) =>
        (Ordinary as IParentExecutionNode)?.ApplyToChildren(action, state, reverse);
}
