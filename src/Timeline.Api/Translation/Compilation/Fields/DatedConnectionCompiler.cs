using Timeline.Api.Translation.Selection;
using Timeline.Api.Translation.Shaping;
using Timeline.Query.Lists;
using Timeline.Query.Tree;

namespace Timeline.Api.Translation.Compilation.Fields;

/// <summary>A chronological connection of events or statements one hop away from the node (an entity's events, what it
/// said, what is said about it; a source's reports), with the optional <c>from</c>/<c>to</c> window, <c>types</c> and
/// <c>role</c>, one page at a time (<c>first</c> = 50, <c>after</c>), counted when <c>totalCount</c> is selected
/// (<see cref="DatedList"/>).</summary>
internal sealed record DatedConnectionCompiler(DatedLink link) : IFieldCompiler
{
    public const int DefaultPageSize = 50;

    public ValueNode Compile(FieldSelection field, Scope scope, CompileContext context)
    {
        var arguments = context.Arguments(field);
        var list = new DatedList(scope.Node, link, arguments.Window(), arguments.EventTypes(), arguments.Role());
        var page = ConnectionBuilder.Paged(field, context, arguments.Page(DefaultPageSize));
        var (item, shape) = ConnectionBuilder.Build(field, context, nodeField => context.Project(nodeField, Scope.ForNode(list.Item)), list.Sort, page);
        var query = list.Project(item, page);
        return new ConnectionValue(query, shape, list.Count(query));
    }
}
