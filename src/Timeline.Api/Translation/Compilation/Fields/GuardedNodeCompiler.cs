using Timeline.Api.Translation.Selection;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>The node itself, projected as another GraphQL type when it has a label (a path node as Entity or Event), else null.</summary>
internal sealed record GuardedNodeCompiler(string label) : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var node = scope.Node;
        var projection = context.Project(field, Scope.ForNode(node));
        return new ExpressionValue(
            b => $"CASE WHEN {b.Name(node)}:{CypherNames.Label(label)} THEN {projection.Write(b)} ELSE null END",
            projection.Shape);
    }
}
