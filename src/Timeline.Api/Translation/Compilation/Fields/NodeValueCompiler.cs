using Timeline.Api.Translation.Selection;
using Timeline.Query.Cypher;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>A field computed from the node by a fixed value (e.g. a path node's caption or kind).</summary>
internal sealed record NodeValueCompiler(Func<CypherVariable, ValueNode> value) : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context) => value(scope.Node);
}
