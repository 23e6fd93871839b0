using Timeline.Api.Translation.Cypher;
using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>A field computed by a fixed expression over the node (e.g. an event's display name).</summary>
internal sealed record ExpressionCompiler(Func<string, string> expression) : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var node = scope.Node;
        return new ExpressionValue(b => expression(b.Name(node)));
    }
}
