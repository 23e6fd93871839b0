using Timeline.Api.Translation.Selection;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>A chronological list of events or statements one hop away from the node, with the optional <c>from</c>/<c>to</c>
/// window, <c>types</c> and <c>role</c> (<see cref="DatedList"/>).</summary>
internal sealed record DatedListCompiler(DatedLink link) : IFieldCompiler
{
    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var arguments = context.Arguments(field);
        var list = new DatedList(scope.Node, link, arguments.Window(), arguments.EventTypes(), arguments.Role());
        return new ListValue(list.Project(context.Project(field, Scope.ForNode(list.Item))));
    }
}
