using Timeline.Api.Translation.Selection;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary><c>neighbors(depth, kinds, first)</c> (<see cref="NeighborsList"/>).</summary>
internal sealed record NeighborsCompiler : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var arguments = context.Arguments(field);
        var list = new NeighborsList(scope.Node, arguments.Int("depth", 1), context.Limits.MaxNeighborDepth, arguments.KindLabels("kinds"), context.Ontology);
        var element = context.Project(field, Scope.ForNode(list.Neighbor));
        return new ListValue(list.Project(element, arguments.First(20)));
    }
}
